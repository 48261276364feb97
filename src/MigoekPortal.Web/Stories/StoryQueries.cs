using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Stories;

public static class StoryQueries
{
    /// <summary>Published stories with a recorded consent that has not expired; an expired consent takes a story off the site.</summary>
    public static IQueryable<Story> Public(this IQueryable<Story> stories, DateOnly today) =>
        stories.Where(s => s.Status == OfferStatus.Published && s.ConsentGivenOn != null && s.ConsentScope != null && s.ConsentExpiresOn >= today);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(Events.EventTimes.Now(clock));
}
