using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Brochures;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Writing a brochure section in German or translating it beside the German source. Saving the German text
/// marks the translations outdated; a stale form shows what the other editor saved and loses nothing.
/// </summary>
[Area("Admin"), Route("/admin/brochures/{districtId:int}/sections"), Authorize(Policies.Staff)]
public sealed class BrochureSectionsController(PortalDbContext db, IAuthorizationService auth, BrochureRenderer renderer, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(int districtId, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        return brochure is null ? denied! : View("Edit", new SectionEditViewModel(districtId, brochure.District!.Name, null, Cultures.Default, new SectionInput()));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(int districtId, [Bind(Prefix = "Input")] SectionInput input, bool preview, CancellationToken ct)
    {
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return denied!;
        var model = new SectionEditViewModel(districtId, brochure.District!.Name, null, Cultures.Default, input);
        if (!await ValidAsync(input, ct) || preview) return View("Edit", model with { Preview = preview ? await PreviewAsync(brochure, input, Cultures.Default, ct) : [] });
        var key = Slugs.From(input.Title!);
        // Keys of sections in the bin stay taken, so that they can be restored.
        for (var n = 2; await db.BrochureSections.IgnoreQueryFilters().AnyAsync(x => x.BrochureId == brochure.Id && x.Key == key, ct); n++) key = $"{Slugs.From(input.Title!)}-{n}";
        var section = new BrochureSection { Key = key.Length > 60 ? key[..60] : key, Position = brochure.Sections.Count };
        section.Translations.Add(new BrochureSectionTranslation { Culture = Cultures.Default, Title = input.Title!.Trim(), Body = Body(input), SourceRevision = 1 });
        brochure.Sections.Add(section);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/brochures/{districtId}");
    }

    [HttpGet("{sectionId:int}/edit")]
    public Task<IActionResult> Edit(int districtId, int sectionId, CancellationToken ct) => Translation(districtId, sectionId, Cultures.Default, ct);

    [HttpPost("{sectionId:int}/edit")]
    public Task<IActionResult> Edit(int districtId, int sectionId, [Bind(Prefix = "Input")] SectionInput input, bool preview, CancellationToken ct) =>
        Translation(districtId, sectionId, Cultures.Default, input, preview, ct);

    [HttpGet("{sectionId:int}/translations/{culture}")]
    public async Task<IActionResult> Translation(int districtId, int sectionId, string culture, CancellationToken ct)
    {
        var (brochure, section, denied) = await LoadSectionAsync(districtId, sectionId, culture, ct);
        if (section is null) return denied!;
        var text = section.Translations.FirstOrDefault(t => t.Culture == culture);
        var input = new SectionInput { Title = text?.Title, Body = text?.Body, Version = text?.Version ?? Guid.Empty, SourceRevision = section.SourceRevision };
        return View("Edit", Model(brochure!, section, culture, input));
    }

    [HttpPost("{sectionId:int}/translations/{culture}")]
    public async Task<IActionResult> Translation(int districtId, int sectionId, string culture, [Bind(Prefix = "Input")] SectionInput input, bool preview, CancellationToken ct)
    {
        var (brochure, section, denied) = await LoadSectionAsync(districtId, sectionId, culture, ct);
        if (section is null) return denied!;
        if (!await ValidAsync(input, ct) || preview)
            return View("Edit", Model(brochure!, section, culture, input) with { Preview = preview ? await PreviewAsync(brochure!, input, culture, ct) : [] });

        var text = section.Translations.FirstOrDefault(t => t.Culture == culture);
        if ((text?.Version ?? Guid.Empty) != input.Version) return Conflict(brochure!, section, culture, input, text);
        if (text is null)
        {
            text = new BrochureSectionTranslation { Culture = culture, Title = "", Body = "" };
            section.Translations.Add(text);
        }
        else
        {
            db.Entry(text).Property(t => t.Version).OriginalValue = input.Version;
        }
        var changed = text.Title != input.Title!.Trim() || text.Body != Body(input);
        (text.Title, text.Body) = (input.Title!.Trim(), Body(input));
        if (culture == Cultures.Default && changed) section.SourceRevision++;
        text.SourceRevision = culture == Cultures.Default ? section.SourceRevision : Math.Min(input.SourceRevision, section.SourceRevision);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var (again, current, _) = await LoadSectionAsync(districtId, sectionId, culture, ct);
            return Conflict(again!, current!, culture, input, current!.Translations.FirstOrDefault(t => t.Culture == culture));
        }
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/brochures/{districtId}#section-{sectionId}");
    }

    [HttpPost("{sectionId:int}/delete")]
    public async Task<IActionResult> Delete(int districtId, int sectionId, CancellationToken ct)
    {
        var (brochure, section, denied) = await LoadSectionAsync(districtId, sectionId, Cultures.Default, ct);
        if (section is null) return denied!;
        section.MoveToBin(User.Identity?.Name, clock.GetUtcNow().UtcDateTime); // restorable from the bin for 30 days
        var position = 0;
        foreach (var x in brochure!.Sections.Where(x => x != section).OrderBy(x => x.Position)) x.Position = position++;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Admin.Brochure.SectionRemoved"].Value;
        return LocalRedirect($"/admin/brochures/{districtId}");
    }

    private ViewResult Conflict(Brochure brochure, BrochureSection section, string culture, SectionInput input, BrochureSectionTranslation? theirs)
    {
        ModelState.Clear();
        ModelState.AddModelError("", s["Concurrency.Conflict"]);
        input.Version = theirs?.Version ?? Guid.Empty;
        return View("Edit", Model(brochure, section, culture, input) with { Current = new SectionInput { Title = theirs?.Title, Body = theirs?.Body } });
    }

    private static SectionEditViewModel Model(Brochure brochure, BrochureSection section, string culture, SectionInput input)
    {
        var german = section.Translations.Single(t => t.Culture == Cultures.Default);
        var text = section.Translations.FirstOrDefault(t => t.Culture == culture);
        return new SectionEditViewModel(brochure.DistrictId, brochure.District!.Name, section.Id, culture, input)
        {
            German = culture == Cultures.Default ? null : new SectionInput { Title = german.Title, Body = german.Body },
            Outdated = culture != Cultures.Default && text is not null && text.SourceRevision < section.SourceRevision,
        };
    }

    /// <summary>Required fields, and every live reference must point to an organisation or offer that exists.</summary>
    private async Task<bool> ValidAsync(SectionInput input, CancellationToken ct)
    {
        foreach (var (kind, id) in BrochureRenderer.References(input.Body ?? ""))
        {
            var exists = kind == "contact" ? await db.Organizations.AnyAsync(o => o.ExternalId == id, ct) : await db.Offers.AnyAsync(o => o.ExternalId == id, ct);
            if (!exists) ModelState.AddModelError("Input.Body", s["Validation.UnknownReference", $"{{{{{kind}:{id}}}}}"]);
        }
        return ModelState.IsValid;
    }

    private async Task<IReadOnlyList<MigoekPortal.Web.Models.RenderedSection>> PreviewAsync(Brochure brochure, SectionInput input, string culture, CancellationToken ct)
    {
        var content = new EditionContent([new EditionSection("preview", new Dictionary<string, EditionText>
        {
            [Cultures.Default] = new(input.Title ?? "", input.Body ?? "", true), [culture] = new(input.Title ?? "", input.Body ?? "", true),
        })]);
        return await renderer.RenderAsync(brochure.District!, content, culture, bilingual: false, ct);
    }

    private async Task<(Brochure? Brochure, IActionResult? Denied)> LoadAsync(int districtId, CancellationToken ct)
    {
        var brochure = await db.Brochures.Include(b => b.District).Include(b => b.Sections).ThenInclude(x => x.Translations)
            .SingleOrDefaultAsync(b => b.DistrictId == districtId, ct);
        if (brochure is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, brochure, Operations.Edit)).Succeeded ? (brochure, null) : (null, Forbid());
    }

    private async Task<(Brochure? Brochure, BrochureSection? Section, IActionResult? Denied)> LoadSectionAsync(int districtId, int sectionId, string culture, CancellationToken ct)
    {
        if (!Cultures.IsSupported(culture)) return (null, null, NotFound());
        var (brochure, denied) = await LoadAsync(districtId, ct);
        if (brochure is null) return (null, null, denied);
        var section = brochure.Sections.FirstOrDefault(x => x.Id == sectionId);
        return section is null ? (null, null, NotFound()) : (brochure, section, null);
    }

    private static string Body(SectionInput input) => input.Body!.Trim().ReplaceLineEndings("\n");
}
