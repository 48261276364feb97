using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Events;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Controllers;

/// <summary>Events: upcoming first, an archive, a page per event, and calendar files and feeds (RFC 5545).</summary>
[Route("/{culture:culture}/events")]
public sealed class EventsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(EventFilter filter, CancellationToken ct) => ListAsync(filter, archive: false, ct);

    [HttpGet("archive")]
    public Task<IActionResult> Archive(EventFilter filter, CancellationToken ct) => ListAsync(filter, archive: true, ct);

    [HttpGet("{id:int}/{slug?}")]
    public async Task<IActionResult> Show(int id, string? slug, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Translations).Include(x => x.District).Include(x => x.Organiser)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        var culture = CultureInfo.CurrentUICulture.Name;
        var canonical = Slug(e);
        if (slug != canonical) return RedirectPermanent($"/{culture}/events/{id}/{canonical}");
        var partnerIds = e.PartnerIds().ToList();
        var partners = await db.Organizations.Where(o => partnerIds.Contains(o.ExternalId)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
        return View(new EventPageViewModel(e, EventTexts.For(e, culture), canonical, e.District?.Name, e.Organiser?.Name, partners));
    }

    /// <summary>One event as a calendar file to import.</summary>
    [HttpGet("{id:int}.ics")]
    public async Task<IActionResult> Ics(int id, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Translations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        var texts = EventTexts.For(e, CultureInfo.CurrentUICulture.Name);
        return Calendar([e], texts.Title, $"{Slug(e)}.ics");
    }

    /// <summary>A feed to subscribe to: coming and recent events, optionally of one district and/or type.</summary>
    [HttpGet("feed.ics")]
    public async Task<IActionResult> Feed(string? district, string? type, CancellationToken ct)
    {
        EventType? eventType = null;
        if (type is not null)
        {
            if (!Enum.TryParse<EventType>(type, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return BadRequest();
            eventType = parsed;
        }
        if (district is not null && !await db.Districts.AnyAsync(d => d.Slug == district, ct)) return NotFound();
        var since = EventTimes.Now(clock).AddDays(-90);
        var events = await db.Events.AsNoTracking().Include(x => x.Translations)
            .Where(x => x.End >= since && (district == null || x.District!.Slug == district || x.DistrictId == null) && (eventType == null || x.Type == eventType))
            .OrderBy(x => x.Start).ToListAsync(ct);
        return Calendar(events, "MIGOEK", "migoek-events.ics");
    }

    private FileContentResult Calendar(IEnumerable<Event> events, string name, string fileName)
    {
        var text = EventCalendar.Write(events, CultureInfo.CurrentUICulture.Name, $"{Request.Scheme}://{Request.Host}", name);
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", fileName);
    }

    private async Task<IActionResult> ListAsync(EventFilter filter, bool archive, CancellationToken ct)
    {
        var now = EventTimes.Now(clock);
        var query = db.Events.AsNoTracking().Where(x => archive ? x.End < now : x.End >= now);
        if (filter.District is not null) query = query.Where(x => x.District!.Slug == filter.District || x.DistrictId == null);
        if (Enum.TryParse<EventType>(filter.Type, ignoreCase: true, out var type)) query = query.Where(x => x.Type == type);
        if (Enum.TryParse<EventAudience>(filter.Audience, ignoreCase: true, out var audience)) query = query.Where(x => x.Audience == audience || x.Audience == EventAudience.Everyone);
        if (filter.Language is { Length: >= 2 and <= 3 } language) query = query.Where(x => (" " + x.Languages + " ").Contains(" " + language + " "));
        var total = await query.CountAsync(ct);
        filter.Page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + EventFilter.PageSize - 1) / EventFilter.PageSize));
        var ordered = archive ? query.OrderByDescending(x => x.Start) : query.OrderBy(x => x.Start);
        var events = await ordered.Skip((filter.Page - 1) * EventFilter.PageSize).Take(EventFilter.PageSize)
            .Include(x => x.Translations).Include(x => x.District).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        var districts = await db.Districts.OrderBy(d => d.Name).Select(d => new { d.Slug, d.Name }).ToListAsync(ct);
        var languages = (await db.Events.Select(x => x.Languages).Distinct().ToListAsync(ct))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList();
        return View("Index", new EventListViewModel(filter, archive, total,
            [.. events.Select(e => new EventCard(e, EventTexts.For(e, culture), Slug(e), e.District?.Name))],
            [.. districts.Select(d => (d.Slug, d.Name))], languages));
    }

    private static string Slug(Event e) => Slugs.From(e.Translations.First(t => t.Culture == Localization.Cultures.Default).Title);
}
