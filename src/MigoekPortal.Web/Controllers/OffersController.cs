using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Controllers;

[Route("/{culture:culture}/offers")]
public sealed class OffersController(PortalDbContext db, OfferSearchIndex index, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OfferSearchInput input, CancellationToken ct)
    {
        var result = await index.SearchAsync(input.ToQuery(CultureInfo.CurrentUICulture.Name), ct);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Slug, d => d.Name, ct);
        var snippets = await OfferSnippets.ForAsync(db, result.Items, ct);
        return View(new OfferSearchViewModel(input, result, districts, snippets));
    }

    [HttpGet("{id:int}/{slug?}")]
    public async Task<IActionResult> Show(int id, string? slug, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().Include(o => o.Provider).Include(o => o.District).Include(o => o.Translations)
            .SingleOrDefaultAsync(o => o.Id == id && o.Status == OfferStatus.Published, ct);
        if (offer is null) return NotFound();
        var culture = CultureInfo.CurrentUICulture.Name;
        var stories = await db.Stories.AsNoTracking().Public(clock.Today()).Where(s => s.HelpedBy.Any(h => h.OfferId == id))
            .Include(s => s.Translations).OrderBy(s => s.Id).ToListAsync(ct);
        var view = OfferDetails.From(offer, culture) with
        {
            Stories = [.. stories.Select(s => (Story: s, Texts: StoryTexts.For(s, culture))).Select(x => new StoryLink(x.Story.Id, StoryTexts.Slug(x.Story), x.Texts.Title, x.Texts.Culture, x.Story.PersonName))],
        };
        return slug == view.Slug ? View(view) : RedirectPermanent($"/{CultureInfo.CurrentUICulture.Name}/offers/{id}/{view.Slug}");
    }
}
