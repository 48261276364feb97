using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Deleting moves an entry to the bin; the bin lists what the user may edit and restores it, translations and all.
/// The one place that reads past the soft-delete query filter (with BinPurger, which empties it).
/// </summary>
[Area("Admin"), Route("/admin/bin"), Authorize(Policies.Staff)]
public sealed class BinController(PortalDbContext db, IAuthorizationService auth, OfferSearchIndex index, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<BinRow>();
        rows.AddRange(await db.EditableOffers(User).IgnoreQueryFilters().Where(o => o.DeletedAtUtc != null)
            .Select(o => new BinRow("Offer", o.Id, o.Translations.Where(t => t.Culture == Cultures.Default).Select(t => t.Title).FirstOrDefault() ?? o.ExternalId, o.DeletedAtUtc!.Value, o.DeletedBy)).ToListAsync(ct));
        rows.AddRange(await db.EditableEvents(User).IgnoreQueryFilters().Where(e => e.DeletedAtUtc != null)
            .Select(e => new BinRow("Event", e.Id, e.Translations.Where(t => t.Culture == Cultures.Default).Select(t => t.Title).FirstOrDefault() ?? "", e.DeletedAtUtc!.Value, e.DeletedBy)).ToListAsync(ct));
        rows.AddRange(await db.EditableStories(User).IgnoreQueryFilters().Where(x => x.DeletedAtUtc != null)
            .Select(x => new BinRow("Story", x.Id, x.BusinessName, x.DeletedAtUtc!.Value, x.DeletedBy)).ToListAsync(ct));
        rows.AddRange(await db.EditableOrganizations(User).IgnoreQueryFilters().Where(o => o.DeletedAtUtc != null)
            .Select(o => new BinRow("Organization", o.Id, o.Name, o.DeletedAtUtc!.Value, o.DeletedBy)).ToListAsync(ct));
        var districts = db.EditableDistricts(User).Select(d => d.Id);
        rows.AddRange(await db.BrochureSections.IgnoreQueryFilters()
            .Where(x => x.DeletedAtUtc != null && db.Brochures.Any(b => b.Id == x.BrochureId && districts.Contains(b.DistrictId)))
            .Select(x => new BinRow("BrochureSection", x.Id, x.Translations.Where(t => t.Culture == Cultures.Default).Select(t => t.Title).FirstOrDefault() ?? x.Key, x.DeletedAtUtc!.Value, x.DeletedBy)).ToListAsync(ct));
        return View(rows.Select(r => r with { DaysLeft = SoftDeletion.DaysLeft(r.DeletedAtUtc, now) }).OrderByDescending(r => r.DeletedAtUtc).ToList());
    }

    [HttpPost("{entityType}/{id:int}/delete")]
    public async Task<IActionResult> Delete(string entityType, int id, CancellationToken ct)
    {
        var (entry, owner) = await FindAsync(entityType, id, inBin: false, ct);
        if (entry is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, owner!, Operations.Delete)).Succeeded) return Forbid();
        if (entry is Organization && await db.Offers.AnyAsync(o => o.ProviderId == id, ct))
        {
            TempData["Status"] = s["Admin.Bin.OrganizationInUse"].Value;
            return LocalRedirect($"/admin/organizations/{id}/edit");
        }
        entry.MoveToBin(User.Identity?.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        index.Invalidate();
        TempData["Status"] = s["Admin.Bin.Deleted"].Value;
        return LocalRedirect("/admin/bin");
    }

    [HttpPost("{entityType}/{id:int}/restore")]
    public async Task<IActionResult> Restore(string entityType, int id, CancellationToken ct)
    {
        var (entry, owner) = await FindAsync(entityType, id, inBin: true, ct);
        if (entry is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, owner!, Operations.Edit)).Succeeded) return Forbid();
        entry.Restore();
        if (entry is Domain.Brochures.BrochureSection section)
            section.Position = 1 + await db.BrochureSections.Where(x => x.BrochureId == section.BrochureId).MaxAsync(x => (int?)x.Position, ct) ?? 0;
        await db.SaveChangesAsync(ct);
        index.Invalidate();
        TempData["Status"] = s["Admin.Bin.Restored"].Value;
        return LocalRedirect(AuditRow.EditUrl(entityType, id, (owner as IDistrictOwned)?.DistrictId) ?? "/admin/bin");
    }

    /// <summary>An entry outside or inside the bin, and what decides who may touch it (a section's brochure).</summary>
    private async Task<(ISoftDeletable? Entry, IDistrictOwned? Owner)> FindAsync(string type, int id, bool inBin, CancellationToken ct)
    {
        ISoftDeletable? entry = type switch
        {
            "Offer" => await Scope(db.Offers, inBin).SingleOrDefaultAsync(x => x.Id == id, ct),
            "Event" => await Scope(db.Events, inBin).SingleOrDefaultAsync(x => x.Id == id, ct),
            "Story" => await Scope(db.Stories, inBin).SingleOrDefaultAsync(x => x.Id == id, ct),
            "Organization" => await Scope(db.Organizations, inBin).SingleOrDefaultAsync(x => x.Id == id, ct),
            "BrochureSection" => await Scope(db.BrochureSections, inBin).SingleOrDefaultAsync(x => x.Id == id, ct),
            _ => null,
        };
        if (entry is Domain.Brochures.BrochureSection section)
            return (entry, await db.Brochures.SingleAsync(b => b.Id == section.BrochureId, ct));
        return (entry, entry as IDistrictOwned);
    }

    private static IQueryable<T> Scope<T>(IQueryable<T> set, bool inBin) where T : class, ISoftDeletable =>
        inBin ? set.IgnoreQueryFilters().Where(x => x.DeletedAtUtc != null) : set;
}
