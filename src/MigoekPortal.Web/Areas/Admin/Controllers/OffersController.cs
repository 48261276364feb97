using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>The offers a staff member may edit, with what needs attention.</summary>
[Area("Admin"), Route("/admin/offers"), Authorize(Policies.Staff)]
public sealed class OffersController(PortalDbContext db, IAuthorizationService auth, OfferSearchIndex index, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OfferListFilter filter, CancellationToken ct)
    {
        var offers = filter.Apply(db.EditableOffers(User), Today());
        var total = await offers.CountAsync(ct);
        var page = await offers.OrderBy(o => o.ExternalId).Skip((Math.Max(1, filter.Page) - 1) * OfferListFilter.PageSize).Take(OfferListFilter.PageSize)
            .Select(o => new
            {
                o.Id, o.Scope, o.Status, o.LastVerifiedOn, o.SourceRevision, District = o.District!.Name,
                Title = o.Translations.Where(t => t.Culture == Cultures.Default).Select(t => t.Title).FirstOrDefault(),
                Translations = o.Translations.Select(t => new { t.Culture, t.SourceRevision }).ToList(),
            })
            .ToListAsync(ct);
        var rows = page.Select(o => new OfferListRow(o.Id, o.Title ?? "", o.District, o.Scope, o.Status, o.LastVerifiedOn,
            [.. Cultures.All.Where(c => o.Translations.All(t => t.Culture != c))],
            [.. o.Translations.Where(t => t.SourceRevision < o.SourceRevision).Select(t => t.Culture)])).ToList();
        return View(new OfferListViewModel(filter, total, rows));
    }

    /// <summary>Someone checked the offer against the provider's page today.</summary>
    [HttpPost("{id:int}/verify")]
    public async Task<IActionResult> Verify(int id, CancellationToken ct)
    {
        var offer = await db.Offers.FindAsync([id], ct);
        if (offer is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Edit)).Succeeded) return Forbid();
        offer.LastVerifiedOn = Today();
        offer.VerifiedBy = User.Identity?.Name;
        await db.SaveChangesAsync(ct);
        index.Invalidate();
        TempData["Status"] = s["Admin.Offers.Verified"].Value;
        return LocalRedirect("/admin/offers");
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Berlin).DateTime);

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
}
