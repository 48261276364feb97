using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Translating a story (title, quote, text, transcript) beside the German; a stale form shows the other save and loses nothing.</summary>
[Area("Admin"), Route("/admin/stories/{id:int}/translations/{culture}"), Authorize(Policies.Staff)]
public sealed class StoryTranslationsController(PortalDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, string culture, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, culture, ct);
        if (story is null) return denied!;
        var input = From(story.Translations.FirstOrDefault(x => x.Culture == culture)) ?? new StoryTranslationInput();
        input.SourceRevision = story.SourceRevision;
        return View(Model(story, culture, input));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, string culture, [Bind(Prefix = "Input")] StoryTranslationInput input, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, culture, ct);
        if (story is null) return denied!;
        if (!ModelState.IsValid) return View(Model(story, culture, input));
        var t = story.Translations.FirstOrDefault(x => x.Culture == culture);
        if ((t?.Version ?? Guid.Empty) != input.Version) return Conflict(story, culture, input, t);
        if (t is null)
        {
            t = new StoryTranslation { Culture = culture, Title = "" };
            story.Translations.Add(t);
        }
        else
        {
            db.Entry(t).Property(x => x.Version).OriginalValue = input.Version;
        }
        (t.Title, t.Quote, t.Text, t.Transcript) = (input.Title!.Trim(), Clean(input.Quote), Clean(input.Text), Clean(input.Transcript));
        t.SourceRevision = Math.Min(input.SourceRevision, story.SourceRevision);
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
        return LocalRedirect($"/admin/stories/{id}/edit");
    }

    private ViewResult Conflict(Story story, string culture, StoryTranslationInput input, StoryTranslation? theirs)
    {
        ModelState.Clear();
        ModelState.AddModelError("", s["Concurrency.Conflict"]);
        input.Version = theirs?.Version ?? Guid.Empty;
        return View(nameof(Edit), Model(story, culture, input) with { Current = From(theirs) ?? new StoryTranslationInput() });
    }

    private static StoryTranslationViewModel Model(Story story, string culture, StoryTranslationInput input)
    {
        var t = story.Translations.FirstOrDefault(x => x.Culture == culture);
        return new(story.Id, culture, From(story.Translations.First(x => x.Culture == Cultures.Default))!, input, t is not null && t.SourceRevision < story.SourceRevision);
    }

    private static StoryTranslationInput? From(StoryTranslation? t) => t is null ? null : new()
    {
        Title = t.Title, Quote = t.Quote, Text = t.Text, Transcript = t.Transcript, Version = t.Version,
    };

    private async Task<(Story? Story, IActionResult? Denied)> LoadAsync(int id, string culture, CancellationToken ct)
    {
        if (!Cultures.IsSupported(culture) || culture == Cultures.Default) return (null, NotFound());
        var story = await db.Stories.Include(x => x.Translations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (story is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, story, Operations.Edit)).Succeeded ? (story, null) : (null, Forbid());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
