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

/// <summary>Creating and editing an offer's facts and German texts; publishing, withdrawing and archiving it.</summary>
[Area("Admin"), Route("/admin/offers"), Authorize(Policies.Staff)]
public sealed class OfferEditorController(PortalDbContext db, IAuthorizationService auth, OfferSearchIndex index, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var choices = await ChoicesAsync(ct);
        if (choices.Districts.Count == 0 && !choices.Central) return Forbid();
        var input = new OfferInput { Scope = choices.Districts.Count > 0 ? OfferScope.District : OfferScope.Nationwide, DistrictId = choices.Districts.Count > 0 ? choices.Districts[0].Id : null };
        return View("Edit", new OfferEditViewModel(null, input, choices));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] OfferInput input, bool preview, CancellationToken ct)
    {
        var offer = new Offer { ExternalId = "", Url = "", DistrictId = input.Scope == OfferScope.District ? input.DistrictId : null };
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Create)).Succeeded) return Forbid();
        var choices = await ChoicesAsync(ct);
        await ValidateAsync(input, ct);
        if (!ModelState.IsValid || preview) return View("Edit", new OfferEditViewModel(null, input, choices) { Preview = preview && ModelState.IsValid });

        var duplicates = input.NotADuplicate ? [] : await DuplicateFinder.FindAsync(db, input.Url!, input.Texts.Title!, null, ct);
        if (duplicates.Count > 0) return View("Edit", new OfferEditViewModel(null, input, choices) { Duplicates = duplicates });

        await SetProviderAsync(offer, input, ct);
        input.ApplyTo(offer);
        offer.ExternalId = await NewExternalIdAsync(input.Texts.Title!, ct);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Admin.Offer.Created"].Value;
        return LocalRedirect($"/admin/offers/{offer.Id}/edit");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var offer = await LoadAsync(id, ct);
        if (offer is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Edit)).Succeeded) return Forbid();
        return View(await ViewModelAsync(offer, OfferInput.From(offer), ct));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] OfferInput input, bool preview, CancellationToken ct)
    {
        var offer = await LoadAsync(id, ct);
        if (offer is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Edit)).Succeeded) return Forbid();
        await ValidateAsync(input, ct);
        if (!ModelState.IsValid || preview) return View(await ViewModelAsync(offer, input, ct) with { Preview = preview && ModelState.IsValid });

        db.Entry(offer).Property(o => o.Version).OriginalValue = input.Version;
        input.ApplyTo(offer);
        // Moving an offer to another district or to the central scope needs the right to create it there.
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Create)).Succeeded) return Forbid();
        await SetProviderAsync(offer, input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = (await LoadAsync(id, ct))!;
            ModelState.Clear();
            ModelState.AddModelError("", s["Concurrency.Conflict"]);
            input.Version = current.Version;
            return View(await ViewModelAsync(current, input, ct) with { Current = OfferInput.From(current) });
        }
        index.Invalidate();
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/offers/{id}/edit");
    }

    /// <summary>Publish, withdraw to draft, or archive.</summary>
    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status(int id, OfferStatus status, CancellationToken ct)
    {
        var offer = await LoadAsync(id, ct);
        if (offer is null) return NotFound();
        if (!(await auth.AuthorizeAsync(User, offer, Operations.Edit)).Succeeded) return Forbid();
        if (!Enum.IsDefined(status)) return BadRequest();
        var decision = status == OfferStatus.Published && offer.Status != OfferStatus.Published
            ? await FourEyes.PublishAsync(db, offer, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct)
            : PublishDecision.Publish;
        if (status != OfferStatus.Published) FourEyes.Clear(offer);
        if (decision == PublishDecision.Publish) offer.Status = status;
        if (decision != PublishDecision.OwnSubmission) await db.SaveChangesAsync(ct);
        index.Invalidate();
        TempData["Status"] = decision switch
        {
            PublishDecision.Submitted => s["FourEyes.Submitted"].Value,
            PublishDecision.OwnSubmission => s["FourEyes.OwnSubmission"].Value,
            _ => s["Admin.Offer.Status." + EnumKeys.Of(status)].Value,
        };
        return LocalRedirect($"/admin/offers/{id}/edit");
    }

    private Task<Offer?> LoadAsync(int id, CancellationToken ct) =>
        db.Offers.Include(o => o.Translations).SingleOrDefaultAsync(o => o.Id == id, ct);

    private async Task<OfferEditViewModel> ViewModelAsync(Offer offer, OfferInput input, CancellationToken ct) =>
        new(offer.Id, input, await ChoicesAsync(ct))
        {
            ExternalId = offer.ExternalId,
            Status = offer.Status,
            SubmittedBy = offer.SubmittedBy,
            SubmittedAtUtc = offer.SubmittedAtUtc,
            Translations = [.. Cultures.All.Skip(1).Select(c => (c, TranslationStates.Of(offer, c)))],
        };

    private async Task<OfferFormChoices> ChoicesAsync(CancellationToken ct)
    {
        var providers = await db.Organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var districts = await db.EditableDistricts(User).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        return new([.. providers.Select(p => (p.Id, p.Name))], [.. districts.Select(d => (d.Id, d.Name))],
            User.IsInRole(Roles.PortalAdmin) || User.IsInRole(Roles.CentralEditor));
    }

    private async Task ValidateAsync(OfferInput input, CancellationToken ct)
    {
        if (input.ProviderId is null && string.IsNullOrWhiteSpace(input.NewProviderName))
            ModelState.AddModelError("Input.ProviderId", s["Validation.Provider"]);
        else if (input.ProviderId is { } providerId && !await db.Organizations.AnyAsync(o => o.Id == providerId, ct))
            ModelState.AddModelError("Input.ProviderId", s["Validation.Invalid"]);
        if (input.Categories.Count == 0) ModelState.AddModelError("Input.Categories", s["Validation.AtLeastOne"]);
        if (input.Scope == OfferScope.State && input.State is null) ModelState.AddModelError("Input.State", s["Validation.Required", s["Facet.state"]]);
        if (input.Scope == OfferScope.District && input.DistrictId is null) ModelState.AddModelError("Input.DistrictId", s["Validation.Required", s["Facet.district"]]);
        if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from) ModelState.AddModelError("Input.ValidTo", s["Validation.ValidTo"]);
    }

    /// <summary>An existing organisation, or a new one saved together with the offer (one with the same name is reused).</summary>
    private async Task SetProviderAsync(Offer offer, OfferInput input, CancellationToken ct)
    {
        var name = input.NewProviderName?.Trim();
        var existing = input.ProviderId ?? await db.Organizations.Where(o => o.Name == name).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            offer.ProviderId = id;
            return;
        }
        offer.Provider = new Organization
        {
            ExternalId = await UniqueAsync(Slugs.From(name!), x => db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.ExternalId == x, ct)),
            Name = name!, Type = input.NewProviderType, Website = string.IsNullOrWhiteSpace(input.NewProviderWebsite) ? null : input.NewProviderWebsite.Trim(),
        };
    }

    /// <summary>Ids stay taken while their entry is in the bin, so that it can be restored.</summary>
    private Task<string> NewExternalIdAsync(string title, CancellationToken ct) =>
        UniqueAsync(Slugs.From(title), x => db.Offers.IgnoreQueryFilters().AnyAsync(o => o.ExternalId == x, ct));

    private static async Task<string> UniqueAsync(string slug, Func<string, Task<bool>> taken)
    {
        var stem = slug.Length > 90 ? slug[..90].TrimEnd('-') : slug;
        var candidate = stem;
        for (var n = 2; await taken(candidate); n++) candidate = $"{stem}-{n}";
        return candidate;
    }
}
