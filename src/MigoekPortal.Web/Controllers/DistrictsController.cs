using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Brochures;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;
using System.Globalization;

namespace MigoekPortal.Web.Controllers;

[Route("/{culture:culture}/districts")]
public sealed class DistrictsController(PortalDbContext db, OfferSearchIndex offers, BrochurePdfCatalog pdfs, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Districts.OrderBy(d => d.Name).Select(DistrictSummary.Projection).ToListAsync());

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug);
        if (district is null) return NotFound();
        var local = await offers.SearchAsync(new OfferQuery { Culture = CultureInfo.CurrentUICulture.Name, District = slug, PageSize = 8 });
        var edition = await db.BrochureEditions.AsNoTracking().Where(e => db.Brochures.Any(b => b.Id == e.BrochureId && b.DistrictId == district.Id))
            .OrderByDescending(e => e.Number).FirstOrDefaultAsync();
        var brochure = edition is null ? null : new BrochureDownloads(edition.Number, edition.AsOf,
            [.. edition.LanguageCodes().Select(c => (c, pdfs.SizeOf(new(slug, c, false, edition.Number))))]);
        return View(new DistrictPageViewModel(district, local, brochure)
        {
            NextEvents = await Events.NextEvents.ForAsync(db, clock, CultureInfo.CurrentUICulture.Name, slug, 3),
        });
    }
}
