using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Infrastructure;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

[Area("Admin"), Route("/admin"), Authorize(Policies.Staff)]
public sealed class DashboardController(PortalDbContext db, IOptionsSnapshot<OperatorOptions> operatorOptions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var districts = await db.EditableDistricts(User).AsNoTracking().OrderBy(d => d.Name).ToListAsync();
        // Contact data nobody has confirmed stays empty; here staff see how much is left to fill in.
        var organizations = await db.EditableOrganizations(User).AsNoTracking().ToListAsync();
        return View(new DashboardViewModel(
            districts.Select(d => new DashboardDistrict(d.Id, d.Slug, d.Name, d.Office.MissingFields())).ToList(),
            OperatorMissing: User.IsInRole(Roles.PortalAdmin) && !operatorOptions.Value.IsConfigured)
        {
            OrganizationsMissingContact = organizations.Count(o => o.MissingContactFields().Count > 0),
        });
    }
}
