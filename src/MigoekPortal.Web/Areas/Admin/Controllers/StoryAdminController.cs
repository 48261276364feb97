using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Stories;
using Offers = MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// A district's success stories: facts, the consent record, the offers that helped and the German texts.
/// Publishing needs a valid consent and a video; an expired consent takes the story off the site by itself.
/// </summary>
[Area("Admin"), Route("/admin/stories"), Authorize(Policies.Staff)]
public sealed class StoryAdminController(PortalDbContext db, IAuthorizationService auth, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var today = clock.Today();
        var stories = await db.EditableStories(User).Include(x => x.Translations).Include(x => x.District).Include(x => x.Captions)
            .OrderBy(x => x.DistrictId).ThenBy(x => x.Id).AsNoTracking().ToListAsync(ct);
        return View(stories.Select(x => new StoryAdminRow(x.Id, x.Translations.First(t => t.Culture == Cultures.Default).Title, x.PersonName,
            x.District?.Name, x.Status, Consent(x, today), x.ConsentExpiresOn, x.VideoKey is not null || x.ExternalVideoUrl is not null, x.Captions.Count, x.IsSample)).ToList());
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var model = await ModelAsync(null, new StoryInput(), ct);
        if (model.Districts.Count == 0 && !model.Central) return Forbid();
        model.Input.DistrictId = model.Districts.Count > 0 ? model.Districts[0].Id : null;
        return View("Edit", model);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] StoryInput input, CancellationToken ct)
    {
        var story = new Story { DistrictId = input.DistrictId, PersonName = "", BusinessName = "" };
        if (!(await auth.AuthorizeAsync(User, story, Operations.Create)).Succeeded) return Forbid();
        await ValidateAsync(input, ct);
        if (!ModelState.IsValid) return View("Edit", await ModelAsync(null, input, ct));
        input.ApplyTo(story);
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/stories/{story.Id}/media");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        return story is null ? denied! : View(await ModelAsync(story, StoryInput.From(story), ct));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] StoryInput input, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        await ValidateAsync(input, ct);
        if (!ModelState.IsValid) return View(await ModelAsync(story, input, ct));
        db.Entry(story).Property(x => x.Version).OriginalValue = input.Version;
        input.ApplyTo(story);
        // Moving it to another district needs the right to create it there.
        if (!(await auth.AuthorizeAsync(User, story, Operations.Create)).Succeeded) return Forbid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var (current, _) = await LoadAsync(id, ct);
            ModelState.Clear();
            ModelState.AddModelError("", s["Concurrency.Conflict"]);
            input.Version = current!.Version;
            return View(await ModelAsync(current, input, ct) with { Current = StoryInput.From(current) });
        }
        TempData["Status"] = s["Saved"].Value;
        return LocalRedirect($"/admin/stories/{id}/edit");
    }

    /// <summary>Publish, back to draft, or archive. Publishing needs a valid consent and a video.</summary>
    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> Status(int id, OfferStatus status, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        if (!Enum.IsDefined(status)) return BadRequest();
        if (status == OfferStatus.Published)
        {
            if (!story.HasConsent(clock.Today())) ModelState.AddModelError("", s["Admin.Stories.ConsentNeeded"]);
            if (story.VideoKey is null && story.ExternalVideoUrl is null) ModelState.AddModelError("", s["Admin.Stories.VideoNeeded"]);
            if (!ModelState.IsValid) return View("Edit", await ModelAsync(story, StoryInput.From(story), ct));
        }
        var decision = status == OfferStatus.Published && story.Status != OfferStatus.Published
            ? await FourEyes.PublishAsync(db, story, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct)
            : PublishDecision.Publish;
        if (status != OfferStatus.Published) FourEyes.Clear(story);
        if (decision == PublishDecision.Publish) story.Status = status;
        if (decision != PublishDecision.OwnSubmission) await db.SaveChangesAsync(ct);
        TempData["Status"] = decision switch
        {
            PublishDecision.Submitted => s["FourEyes.Submitted"].Value,
            PublishDecision.OwnSubmission => s["FourEyes.OwnSubmission"].Value,
            _ => s["Admin.Stories.Status." + Offers.EnumKeys.Of(status)].Value,
        };
        return LocalRedirect($"/admin/stories/{id}/edit");
    }

    private async Task ValidateAsync(StoryInput input, CancellationToken ct)
    {
        if (input.ConsentGivenOn is { } given && input.ConsentExpiresOn is { } expires && expires <= given)
            ModelState.AddModelError("Input.ConsentExpiresOn", s["Validation.ConsentExpiry"]);
        if (input.ConsentGivenOn is { } on && on > clock.Today()) ModelState.AddModelError("Input.ConsentGivenOn", s["Validation.NotInFuture"]);
        if (input.HelpedBy.Count > 0 && await db.Offers.CountAsync(o => input.HelpedBy.Contains(o.Id), ct) != input.HelpedBy.Distinct().Count())
            ModelState.AddModelError("Input.HelpedBy", s["Validation.UnknownOffer"]);
    }

    private async Task<(Story? Story, IActionResult? Denied)> LoadAsync(int id, CancellationToken ct)
    {
        var story = await db.Stories.Include(x => x.Translations).Include(x => x.HelpedBy).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (story is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, story, Operations.Edit)).Succeeded ? (story, null) : (null, Forbid());
    }

    internal static ConsentState Consent(Story story, DateOnly today) =>
        story.HasConsent(today) ? ConsentState.Valid : story.ConsentExpiresOn is { } e && e < today ? ConsentState.Expired : ConsentState.Missing;

    private async Task<StoryEditViewModel> ModelAsync(Story? story, StoryInput input, CancellationToken ct)
    {
        var districts = await db.EditableDistricts(User).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.State }).ToListAsync(ct);
        var ids = districts.Select(d => d.Id).ToList();
        var states = districts.Select(d => d.State).Distinct().ToList();
        // Offers a founder in the user's districts can use: nationwide, their states' and their districts' own.
        var offers = await db.Offers.Where(o => o.Status == OfferStatus.Published && (o.Scope == OfferScope.Nationwide
                || (o.Scope == OfferScope.State && o.State != null && states.Contains(o.State.Value)) || (o.DistrictId != null && ids.Contains(o.DistrictId.Value)))
                || input.HelpedBy.Contains(o.Id))
            .Select(o => new { o.Id, Title = o.Translations.First(t => t.Culture == Cultures.Default).Title }).OrderBy(o => o.Title).ToListAsync(ct);
        var today = clock.Today();
        return new StoryEditViewModel(story?.Id, input, [.. districts.Select(d => (d.Id, d.Name))],
            User.IsInRole(Roles.PortalAdmin) || User.IsInRole(Roles.CentralEditor), [.. offers.Select(o => (o.Id, o.Title))])
        {
            Status = story?.Status,
            SubmittedBy = story?.SubmittedBy,
            SubmittedAtUtc = story?.SubmittedAtUtc,
            Consent = story is null ? ConsentState.Missing : Consent(story, today),
            HasVideo = story is not null && (story.VideoKey is not null || story.ExternalVideoUrl is not null),
            Translations = story is null ? [] : [.. Cultures.All.Skip(1).Select(c => (c, story.Translations.FirstOrDefault(t => t.Culture == c) is not { } t
                ? TranslationState.Missing
                : t.SourceRevision >= story.SourceRevision ? TranslationState.Current : TranslationState.Outdated))],
        };
    }
}
