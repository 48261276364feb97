using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Controllers;

[Route("/{culture:culture}/districts")]
public sealed class DistrictsController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Districts.OrderBy(d => d.Name).Select(DistrictSummary.Projection).ToListAsync());

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var district = await db.Districts.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug);
        return district is null ? NotFound() : View(district);
    }
}
