using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Controllers;

public sealed class HomeController(PortalDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The bare address sends visitors to their browser's language (German when none matches).</summary>
    [HttpGet("/")]
    public IActionResult Root() => Redirect($"/{CultureInfo.CurrentUICulture.Name}/");

    [HttpGet("/{culture:culture}")]
    public async Task<IActionResult> Index() =>
        View(new HomeViewModel(await db.Districts.OrderBy(d => d.Name).Select(DistrictSummary.Projection).ToListAsync())
        {
            NextEvents = await Events.NextEvents.ForAsync(db, clock, CultureInfo.CurrentUICulture.Name, null, 3),
        });
}
