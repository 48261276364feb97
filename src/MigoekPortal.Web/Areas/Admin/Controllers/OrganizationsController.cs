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

/// <summary>Contact data of organisations: shown live in offers and brochures, so a change is right everywhere at once.</summary>
[Area("Admin"), Route("/admin/organizations"), Authorize(Policies.Staff)]
public sealed class OrganizationsController(PortalDbContext db, IAuthorizationService auth, OfferSearchIndex index, IStringLocalizer<SharedResource> s) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var query = db.EditableOrganizations(User);
        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var organizations = await query.Include(o => o.District).OrderBy(o => o.Name).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return View(new OrganizationListViewModel(total, page, PageSize,
            [.. organizations.Select(o => new OrganizationRow(o.Id, o.Name, o.District?.Name, o.MissingContactFields()))]));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.District).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, organization, Operations.Edit)).Succeeded) return Forbid();
        return View(new OrganizationEditViewModel(id, organization.ExternalId, organization.District?.Name, OrganizationInput.From(organization)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] OrganizationInput input, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.District).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, organization, Operations.Edit)).Succeeded) return Forbid();
        var model = new OrganizationEditViewModel(id, organization.ExternalId, organization.District?.Name, input);
        if (!ModelState.IsValid) return View(model);

        db.Entry(organization).Property(o => o.Version).OriginalValue = input.Version;
        input.ApplyTo(organization);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(organization).ReloadAsync(ct);
            ModelState.Clear();
            ModelState.AddModelError("", s["Concurrency.Conflict"]);
            input.Version = organization.Version;
            return View(model with { Current = OrganizationInput.From(organization) });
        }
        index.Invalidate(); // the provider's name shows in search results
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect("/admin/organizations");
    }
}
