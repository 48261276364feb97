using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Translating an event beside its German texts; a stale form shows the other save and loses nothing.</summary>
[Area("Admin"), Route("/admin/events/{id:int}/translations/{culture}"), Authorize(Policies.Staff)]
public sealed class EventTranslationsController(PortalDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, string culture, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, culture, ct);
        if (e is null) return denied!;
        var t = e.Translations.FirstOrDefault(x => x.Culture == culture);
        var input = From(t) ?? new EventTranslationInput();
        input.SourceRevision = e.SourceRevision;
        return View(Model(e, culture, input));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, string culture, [Bind(Prefix = "Input")] EventTranslationInput input, CancellationToken ct)
    {
        var (e, denied) = await LoadAsync(id, culture, ct);
        if (e is null) return denied!;
        if (!ModelState.IsValid) return View(Model(e, culture, input));
        var t = e.Translations.FirstOrDefault(x => x.Culture == culture);
        if ((t?.Version ?? Guid.Empty) != input.Version) return Conflict(e, culture, input, t);
        if (t is null)
        {
            t = new EventTranslation { Culture = culture, Title = "" };
            e.Translations.Add(t);
        }
        else
        {
            db.Entry(t).Property(x => x.Version).OriginalValue = input.Version;
        }
        (t.Title, t.Description, t.Accessibility, t.StatusNote) = (input.Title!.Trim(), Clean(input.Description), Clean(input.Accessibility), Clean(input.StatusNote));
        t.SourceRevision = Math.Min(input.SourceRevision, e.SourceRevision);
        e.Sequence++; // calendars in this language show the new text
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var (current, _) = await LoadAsync(id, culture, ct);
            return Conflict(current!, culture, input, current!.Translations.FirstOrDefault(x => x.Culture == culture));
        }
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/events/{id}/edit");
    }

    private ViewResult Conflict(Event e, string culture, EventTranslationInput input, EventTranslation? theirs)
    {
        ModelState.Clear();
        ModelState.AddModelError("", s["Concurrency.Conflict"]);
        input.Version = theirs?.Version ?? Guid.Empty;
        return View(nameof(Edit), Model(e, culture, input) with { Current = From(theirs) ?? new EventTranslationInput() });
    }

    private static EventTranslationViewModel Model(Event e, string culture, EventTranslationInput input)
    {
        var t = e.Translations.FirstOrDefault(x => x.Culture == culture);
        return new(e.Id, culture, From(e.Translations.First(x => x.Culture == Cultures.Default))!, input, t is not null && t.SourceRevision < e.SourceRevision);
    }

    private static EventTranslationInput? From(EventTranslation? t) => t is null ? null : new()
    {
        Title = t.Title, Description = t.Description, Accessibility = t.Accessibility, StatusNote = t.StatusNote, Version = t.Version,
    };

    private async Task<(Event? Event, IActionResult? Denied)> LoadAsync(int id, string culture, CancellationToken ct)
    {
        if (!Cultures.IsSupported(culture) || culture == Cultures.Default) return (null, NotFound());
        var e = await db.Events.Include(x => x.Translations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, e, Operations.Edit)).Succeeded ? (e, null) : (null, Forbid());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
