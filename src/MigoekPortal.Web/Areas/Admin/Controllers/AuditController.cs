using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Audit;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>The audit log: who changed what and when, with the before and after of each field.</summary>
[Area("Admin"), Route("/admin/audit"), Authorize(Policies.Staff)]
public sealed class AuditController(PortalDbContext db, IAuthorizationService auth) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? district, string? type, int page = 1, CancellationToken ct = default)
    {
        var filter = new AuditFilter(district, AuditFilter.Types.Contains(type) ? type : null, page);
        var query = db.VisibleAuditEntries(User);
        if (filter.District is { } d) query = query.Where(a => a.DistrictId == d);
        if (filter.Type is { } t) query = query.Where(a => a.EntityType == t);
        var total = await query.CountAsync(ct);
        filter = filter with { Page = Math.Clamp(page, 1, Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize)) };
        var entries = await query.OrderByDescending(a => a.Id).Skip((filter.Page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(ct);
        var districts = await db.EditableDistricts(User).OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(ct);
        return View(new AuditListViewModel(filter, total, [.. districts.Select(x => (x.Id, x.Name))], await RowsAsync(entries, ct)));
    }

    [HttpGet("{entityType}/{id:int}")]
    public async Task<IActionResult> History(string entityType, int id, CancellationToken ct)
    {
        if (!AuditFilter.Types.Contains(entityType)) return NotFound();
        var entries = await db.AuditEntries.Where(a => a.EntityType == entityType && a.EntityId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        if (entries.Count == 0) return NotFound();
        // The entry's current district decides, through the one ownership handler.
        if (!(await auth.AuthorizeAsync(User, new DistrictOwnedRef(entries[0].DistrictId), Operations.Edit)).Succeeded) return Forbid();
        return View(new AuditHistoryViewModel(entityType, id, AuditRow.EditUrl(entityType, id, entries[0].DistrictId), await RowsAsync(entries, ct)));
    }

    private async Task<IReadOnlyList<AuditRow>> RowsAsync(List<AuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.Where(e => e.DistrictId != null).Select(e => e.DistrictId!.Value).Distinct().ToList();
        var names = await db.Districts.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return [.. entries.Select(e => AuditRow.From(e, e.DistrictId is { } d ? names.GetValueOrDefault(d) : null))];
    }
}
