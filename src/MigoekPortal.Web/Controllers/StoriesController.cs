using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Controllers;

/// <summary>Success stories: a gallery with filters and a page per story with its film, captions and transcript.</summary>
[Route("/{culture:culture}/stories")]
public sealed class StoriesController(PortalDbContext db, TimeProvider clock, IAuthorizationService auth) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(StoryFilter filter, CancellationToken ct)
    {
        var query = db.Stories.AsNoTracking().Public(clock.Today()).Where(s => s.Kind == StoryKind.Story);
        var sectors = await query.Select(s => s.Sector).Distinct().ToListAsync(ct);
        if (filter.District is not null) query = query.Where(s => s.District!.Slug == filter.District);
        if (Enum.TryParse<StorySector>(filter.Sector, ignoreCase: true, out var sector)) query = query.Where(s => s.Sector == sector);
        var total = await query.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + StoryFilter.PageSize - 1) / StoryFilter.PageSize));
        var stories = await query.OrderByDescending(s => s.YearFounded).ThenBy(s => s.Id).Skip((filter.Page - 1) * StoryFilter.PageSize).Take(StoryFilter.PageSize)
            .Include(s => s.Translations).Include(s => s.District).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        var districts = await db.Districts.OrderBy(d => d.Name).Select(d => new { d.Slug, d.Name }).ToListAsync(ct);
        return View(new StoryListViewModel(filter, total,
            [.. stories.Select(s => new StoryCard(s, StoryTexts.For(s, culture), StoryTexts.Slug(s), s.District?.Name))],
            [.. districts.Select(d => (d.Slug, d.Name))], [.. sectors.Order()]));
    }

    /// <param name="video">"external" after the visitor agreed to load a video from another host.</param>
    [HttpGet("{id:int}/{slug?}")]
    public async Task<IActionResult> Show(int id, string? slug, string? video, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().Include(s => s.Translations).Include(s => s.District).Include(s => s.HelpedBy)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null) return NotFound();
        var isPublic = story.IsPublic(clock.Today());
        // Staff who may edit the story see it before it is public, with a notice.
        if (!isPublic && !(User.Identity?.IsAuthenticated == true && (await auth.AuthorizeAsync(User, story, Operations.Edit)).Succeeded)) return NotFound();
        var culture = CultureInfo.CurrentUICulture.Name;
        var canonical = StoryTexts.Slug(story);
        if (slug != canonical) return RedirectPermanent($"/{culture}/stories/{id}/{canonical}" + (video is null ? "" : "?video=" + Uri.EscapeDataString(video)));
        var offerIds = story.HelpedBy.Select(h => h.OfferId).ToList();
        var offers = await db.Offers.AsNoTracking().Include(o => o.Translations)
            .Where(o => offerIds.Contains(o.Id) && o.Status == OfferStatus.Published).ToListAsync(ct);
        var helped = offers.Select(o => OfferDetails.From(o, culture)).OrderBy(o => o.Texts.Title, StringComparer.Create(CultureInfo.CurrentCulture, false))
            .Select(o => new HelpedByOffer(o.Offer.Id, o.Slug, o.Texts.Title, o.Texts.Culture)).ToList();
        return View(new StoryPageViewModel(story, StoryTexts.For(story, culture), canonical, story.District?.Name, helped, video == "external", isPublic));
    }
}
