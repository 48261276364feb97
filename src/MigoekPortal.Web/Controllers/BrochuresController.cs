using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Brochures;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Infrastructure;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Controllers;

/// <summary>A district's brochure: on the web, as a print view, and as PDF (also bilingual with German).</summary>
[Route("/{culture:culture}/districts/{slug}")]
public sealed class BrochuresController(PortalDbContext db, BrochureRenderer renderer, PdfRenderer pdf, BrochurePdfCatalog catalog) : Controller
{
    [HttpGet("brochure")]
    public async Task<IActionResult> Show(string slug, int? edition, CancellationToken ct) =>
        await ModelAsync(slug, edition, bilingual: false, ct) is { } model ? View(model) : NotFound();

    [HttpGet("brochure/print")]
    public async Task<IActionResult> Print(string slug, int? edition, bool bilingual, CancellationToken ct) =>
        await ModelAsync(slug, edition, bilingual, ct) is { } model ? View(model) : NotFound();

    [HttpGet("brochure.pdf")]
    public Task<IActionResult> Pdf(string slug, int? edition, CancellationToken ct) => PdfAsync(slug, edition, bilingual: false, ct);

    [HttpGet("brochure-bilingual.pdf")]
    public Task<IActionResult> BilingualPdf(string slug, int? edition, CancellationToken ct) => PdfAsync(slug, edition, bilingual: true, ct);

    private async Task<IActionResult> PdfAsync(string slug, int? edition, bool bilingual, CancellationToken ct)
    {
        var model = await ModelAsync(slug, edition, bilingual, ct);
        if (model is null) return NotFound();
        var html = await this.RenderViewToStringAsync("Print", model with { PrintStylesheet = BrochurePdfCatalog.Stylesheet });
        var file = await pdf.RenderAsync(html, BrochurePdfCatalog.Stylesheet, ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        catalog.Remember(new(slug, culture, bilingual, model.EditionNumber), file);
        var name = $"gruenden-{slug}-{culture}{(bilingual ? "-de" : "")}-{model.AsOf:yyyy-MM-dd}.pdf";
        Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
        return PhysicalFile(file, "application/pdf", enableRangeProcessing: true);
    }

    private async Task<BrochureViewModel?> ModelAsync(string slug, int? number, bool bilingual, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug, ct);
        if (district is null) return null;
        var editions = await db.BrochureEditions.AsNoTracking().Where(e => db.Brochures.Any(b => b.Id == e.BrochureId && b.DistrictId == district.Id))
            .OrderByDescending(e => e.Number).ToListAsync(ct);
        var edition = number is null ? editions.FirstOrDefault() : editions.FirstOrDefault(e => e.Number == number);
        if (edition is null) return null;
        var culture = CultureInfo.CurrentUICulture.Name;
        var sections = await renderer.RenderAsync(district, EditionContent.Deserialize(edition.Content), culture, bilingual, ct);
        var online = $"{Request.Scheme}://{Request.Host}/{culture}/districts/{slug}/brochure{(edition == editions[0] ? "" : $"?edition={edition.Number}")}";
        return new BrochureViewModel(slug, district.Name, edition.Number, edition.AsOf, edition == editions[0], bilingual, sections,
            [.. editions.Select(e => new EditionLink(e.Number, e.AsOf))]) { OnlineUrl = online };
    }
}
