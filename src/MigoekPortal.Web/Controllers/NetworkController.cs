using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Controllers;

/// <summary>
/// The network directory: per district, the organisations that serve it (its own, those running offers there or
/// in its state), grouped by kind, with their contact data and offers. Printable as one contact list.
/// </summary>
[Route("/{culture:culture}/network")]
public sealed class NetworkController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await db.Districts.OrderBy(d => d.Name).Select(DistrictSummary.Projection).ToListAsync(ct));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug, ct);
        if (district is null) return NotFound();
        var offers = await db.Offers.AsNoTracking().Include(o => o.Translations)
            .Where(o => o.Status == OfferStatus.Published && (o.DistrictId == district.Id || (o.Scope == OfferScope.State && o.State == district.State)))
            .ToListAsync(ct);
        var providerIds = offers.Select(o => o.ProviderId).ToHashSet();
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.DistrictId == district.Id || providerIds.Contains(o.Id)).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        var groups = organizations
            .Select(o => new NetworkEntry(o, [.. offers.Where(x => x.ProviderId == o.Id).Select(x => Card(x, culture)).OrderBy(x => x.Title, StringComparer.CurrentCulture)]))
            .GroupBy(e => NetworkGroups.Of(e.Organization.Type))
            .OrderBy(g => NetworkGroups.Order.ToList().IndexOf(g.Key))
            .Select(g => new NetworkGroup(g.Key, [.. g.OrderBy(e => e.Organization.Name, StringComparer.Create(CultureInfo.GetCultureInfo("de"), true))]))
            .ToList();
        var districts = await db.Districts.OrderBy(d => d.Name).Select(d => new { d.Slug, d.Name }).ToListAsync(ct);
        return View(new NetworkViewModel(slug, district.Name, groups, [.. districts.Select(d => (d.Slug, d.Name))]));
    }

    private static (int Id, string Slug, string Title, string Lang) Card(Offer o, string culture)
    {
        var german = o.Translations.First(t => t.Culture == Cultures.Default);
        var t = o.Translations.FirstOrDefault(t => t.Culture == culture && t.SourceRevision >= o.SourceRevision) ?? german;
        return (o.Id, Slugs.From(german.Title), t.Title, t.Culture);
    }
}
