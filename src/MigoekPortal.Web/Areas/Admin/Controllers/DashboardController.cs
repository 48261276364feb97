using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Dashboard;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Infrastructure;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>What needs attention in each district the user may edit, and in the central content for those who keep it.</summary>
[Area("Admin"), Route("/admin"), Authorize(Policies.Staff)]
public sealed class DashboardController(PortalDbContext db, AttentionQuery attention, TimeProvider clock, IOptionsSnapshot<OperatorOptions> operatorOptions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var districtIds = await db.EditableDistricts(User).Select(d => d.Id).ToListAsync(ct);
        var central = User.IsInRole(Roles.PortalAdmin) || User.IsInRole(Roles.CentralEditor);
        var reports = await attention.ForAsync(districtIds, central, Today(), ct);
        return View(new DashboardViewModel(reports,
            OperatorMissing: User.IsInRole(Roles.PortalAdmin) && !operatorOptions.Value.IsConfigured,
            RightToLeft: Cultures.IsRightToLeft(CultureInfo.CurrentUICulture.Name)));
    }

    private DateOnly Today() => DigestSchedule.Today(clock.GetUtcNow());
}
