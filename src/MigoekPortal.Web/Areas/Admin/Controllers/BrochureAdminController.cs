using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Brochures;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Infrastructure;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>A district's brochure: section order, translation states, previews, and publishing a new edition.</summary>
[Area("Admin"), Route("/admin/brochures/{districtId:int}"), Authorize(Policies.Staff)]
public sealed class BrochureAdminController(PortalDbContext db, IAuthorizationService auth, BrochurePublisher publisher, BrochureRenderer renderer,
    TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int districtId, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return denied!;
        var sections = brochure.Sections.OrderBy(x => x.Position).ToList();
        var last = brochure.Editions.MaxBy(e => e.Number);
        return View(new BrochureAdminViewModel(districtId, brochure.District!.Name, brochure.District.Slug,
            [.. sections.Select(x => new SectionRow(x.Id, x.Key, German(x).Title,
                Cultures.All.Skip(1).ToDictionary(c => c, c => State(x, c))))],
            [.. brochure.Editions.OrderByDescending(e => e.Number).Select(e => new EditionLink(e.Number, e.AsOf))],
            last is null ? [] : BrochureChanges.Between(EditionContent.Deserialize(last.Content), EditionContent.From(sections)),
            [.. BrochurePublisher.CompleteLanguages(sections)], Today()));
    }

    [HttpPost("sections/{sectionId:int}/move")]
    public async Task<IActionResult> Move(int districtId, int sectionId, string direction, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return denied!;
        var ordered = brochure.Sections.OrderBy(x => x.Position).ToList();
        var index = ordered.FindIndex(x => x.Id == sectionId);
        if (index < 0) return NotFound();
        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
            await db.SaveChangesAsync(ct);
        }
        TempData["Status"] = s["Admin.Brochure.Moved"].Value;
        return LocalRedirect($"/admin/brochures/{districtId}#section-{sectionId}");
    }

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(int districtId, DateOnly? asOf, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return denied!;
        var edition = await publisher.PublishAsync(brochure, asOf ?? Today(), User.Identity?.Name, ct);
        TempData["Status"] = s["Admin.Brochure.Published", edition.Number.ToString(System.Globalization.CultureInfo.CurrentCulture)].Value;
        return LocalRedirect($"/admin/brochures/{districtId}");
    }

    /// <summary>The working copy as the public will see it once published, in any language, on the web or in print.</summary>
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(int districtId, string? culture, bool print, bool bilingual, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return denied!;
        var language = Cultures.IsSupported(culture) ? culture! : System.Globalization.CultureInfo.CurrentUICulture.Name;
        var previous = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = Cultures.Create(language);
        try
        {
            var sections = await renderer.RenderAsync(brochure.District!, EditionContent.From(brochure.Sections), language, bilingual, ct);
            var model = new BrochureViewModel(brochure.District!.Slug, brochure.District.Name, 0, Today(), true, bilingual, sections, [])
            {
                OnlineUrl = $"{Request.Scheme}://{Request.Host}/{language}/districts/{brochure.District.Slug}/brochure",
            };
            ViewData.SetPrivate();
            var html = await this.RenderViewToStringAsync(print ? "~/Views/Brochures/Print.cshtml" : "~/Views/Brochures/Show.cshtml", model);
            return Content(html, "text/html; charset=utf-8");
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = previous;
        }
    }

    private async Task<(Brochure? Brochure, IActionResult? Denied)> LoadAsync(int districtId, CancellationToken ct)
    {
        var brochure = await db.Brochures.Include(b => b.District).Include(b => b.Editions)
            .Include(b => b.Sections).ThenInclude(x => x.Translations).AsSplitQuery()
            .SingleOrDefaultAsync(b => b.DistrictId == districtId, ct);
        if (brochure is null) return (null, NotFound());
        if (!(await auth.AuthorizeAsync(User, brochure, Operations.Edit)).Succeeded) return (null, Forbid());
        return (brochure, null);
    }

    private static BrochureSectionTranslation German(BrochureSection x) => x.Translations.Single(t => t.Culture == Cultures.Default);

    private static TranslationState State(BrochureSection x, string culture) =>
        x.Translations.FirstOrDefault(t => t.Culture == culture) is not { } t ? TranslationState.Missing
        : t.SourceRevision >= x.SourceRevision ? TranslationState.Current : TranslationState.Outdated;

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
}
