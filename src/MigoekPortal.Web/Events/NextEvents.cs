using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Events;

/// <summary>The next events that take place (of one district and online ones, or all), for the home and district pages.</summary>
public static class NextEvents
{
    public static async Task<IReadOnlyList<EventCard>> ForAsync(PortalDbContext db, TimeProvider clock, string culture, string? district, int count, CancellationToken ct = default)
    {
        var now = EventTimes.Now(clock);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.End >= now && e.Status != Domain.Events.EventStatus.Cancelled && (district == null || e.District!.Slug == district || e.DistrictId == null))
            .OrderBy(e => e.Start).Take(count).Include(e => e.Translations).Include(e => e.District).ToListAsync(ct);
        return [.. events.Select(e => new EventCard(e, EventTexts.For(e, culture),
            Slugs.From(e.Translations.First(t => t.Culture == Localization.Cultures.Default).Title), e.District?.Name))];
    }
}
