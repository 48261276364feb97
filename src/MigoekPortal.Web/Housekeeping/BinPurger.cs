using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Media;

namespace MigoekPortal.Web.Housekeeping;

/// <summary>Empties the bin: entries deleted more than 30 days ago are deleted for good, a story with its media files.</summary>
public sealed class BinPurger(PortalDbContext db, IMediaStore media)
{
    public async Task<int> PurgeAsync(DateTime nowUtc, CancellationToken ct = default)
    {
        var limit = nowUtc - SoftDeletion.Retention;
        var stories = await Expired(db.Stories, limit).Include(s => s.Captions).ToListAsync(ct);
        db.RemoveRange(stories);
        db.RemoveRange(await Expired(db.Offers, limit).ToListAsync(ct));
        db.RemoveRange(await Expired(db.Events, limit).ToListAsync(ct));
        db.RemoveRange(await Expired(db.BrochureSections, limit).ToListAsync(ct));
        var purged = await db.SaveChangesAsync(ct);

        // An organisation still named by an offer or event (even one in the bin) waits until they are gone.
        db.RemoveRange(await Expired(db.Organizations, limit)
            .Where(o => !db.Offers.IgnoreQueryFilters().Any(x => x.ProviderId == o.Id) && !db.Events.IgnoreQueryFilters().Any(e => e.OrganiserId == o.Id)).ToListAsync(ct));
        purged += await db.SaveChangesAsync(ct);

        foreach (var key in stories.SelectMany(s => new[] { s.VideoKey, s.PosterKey }.Concat(s.Captions.Select(c => c.StorageKey))).OfType<string>())
            media.Delete(key);
        return purged;
    }

    private static IQueryable<T> Expired<T>(IQueryable<T> set, DateTime limit) where T : class, ISoftDeletable =>
        set.IgnoreQueryFilters().Where(x => x.DeletedAtUtc != null && x.DeletedAtUtc < limit);
}
