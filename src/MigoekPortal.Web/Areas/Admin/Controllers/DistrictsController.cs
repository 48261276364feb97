using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>A district's profile: its economic development office's contact data.</summary>
[Area("Admin"), Route("/admin/districts/{id:int}"), Authorize(Policies.Staff)]
public sealed class DistrictsController(PortalDbContext db, IAuthorizationService auth, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var district = await db.Districts.FindAsync(id);
        if (district is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, district, Operations.Edit)).Succeeded) return Forbid();
        return View(new DistrictEditViewModel(id, district.Name, district.Slug, DistrictProfileInput.From(district)));
    }

    [HttpPost("edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] DistrictProfileInput input)
    {
        var district = await db.Districts.FindAsync(id);
        if (district is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, district, Operations.Edit)).Succeeded) return Forbid();
        if (!ModelState.IsValid) return View(new DistrictEditViewModel(id, district.Name, district.Slug, input));

        db.Entry(district).Property(d => d.Version).OriginalValue = input.Version;
        input.ApplyTo(district);
        // District staff must not be able to turn off the second approval that guards their own publishing.
        if (User.IsInRole(Roles.PortalAdmin)) district.RequiresSecondApproval = input.RequiresSecondApproval;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved in between: keep this editor's entries, show theirs, and let a second save win.
            await db.Entry(district).ReloadAsync();
            ModelState.AddModelError("", s["Concurrency.Conflict"]);
            ModelState.Remove("Input.Version");
            input.Version = district.Version;
            return View(new DistrictEditViewModel(id, district.Name, district.Slug, input, district.Office));
        }
        TempData["Status"] = s["Saved"].Value;
        return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }
}
