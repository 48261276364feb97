using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Controllers;

/// <summary>
/// Sections that are being built. Until each has its own controller, visitors get an honest page
/// that points them to their district's economic development office instead of a dead link.
/// </summary>
public sealed class SectionsController(PortalDbContext db) : Controller
{
    public static readonly IReadOnlyList<string> Pending = ["stories", "training"];

    [HttpGet("/{culture:culture}/{section:regex(^(stories|training)$)}")]
    public async Task<IActionResult> InPreparation(string section) =>
        View(new SectionViewModel(section, await db.Districts.OrderBy(d => d.Name).Select(DistrictSummary.Projection).ToListAsync()));
}
