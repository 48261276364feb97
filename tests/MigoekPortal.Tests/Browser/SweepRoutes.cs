using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Tests.Browser;

/// <summary>
/// The pages every sweep visits, in every culture. Public routes are relative to <c>/{culture}</c>;
/// staff routes are visited signed in as the demo PortalAdmin with the staff language cookie.
/// Every new page goes in here. {offer}, {event} and {story} stand for the canonical addresses of seeded ones.
/// </summary>
public static class SweepRoutes
{
    /// <summary>The canonical address of the first seeded event (a cancelled one, so its notice is swept too).</summary>
    public static async Task<string> EventPathAsync(PortalFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            var e = await db.Events.Include(x => x.Translations).OrderBy(x => x.Status == MigoekPortal.Web.Domain.Events.EventStatus.Cancelled ? 0 : 1).ThenBy(x => x.Id).FirstAsync();
            return $"/events/{e.Id}/{MigoekPortal.Web.Offers.Slugs.From(e.Translations.Single(t => t.Culture == "de").Title)}";
        });

    /// <summary>The canonical address of the first seeded story.</summary>
    public static async Task<string> StoryPathAsync(PortalFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            var story = await db.Stories.Include(s => s.Translations).Where(s => s.Kind == MigoekPortal.Web.Domain.Stories.StoryKind.Story).OrderBy(s => s.Id).FirstAsync();
            return $"/stories/{story.Id}/{MigoekPortal.Web.Stories.StoryTexts.Slug(story)}";
        });

    /// <summary>A public route with {offer}, {event} and {story} filled in.</summary>
    public static string PublicPath(string route, string offer, string eventPath, string story) =>
        route.Replace("{offer}", offer, StringComparison.Ordinal).Replace("{event}", eventPath, StringComparison.Ordinal).Replace("{story}", story, StringComparison.Ordinal);

    public static async Task<string> OfferPathAsync(PortalFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Translations).OrderBy(o => o.Id).FirstAsync();
            return $"/offers/{offer.Id}/{MigoekPortal.Web.Offers.Slugs.From(offer.Translations.Single(t => t.Culture == "de").Title)}";
        });

    public static readonly IReadOnlyList<string> Public =
    [
        "/",
        "/districts",
        "/districts/cloppenburg",
        "/districts/holzminden",
        "/districts/werra-meissner",
        "/offers",
        "/offers?q=kredit&district=holzminden&category=loan",
        "/offers?q=zzzzzz",
        "{offer}",
        "/districts/holzminden/brochure",
        "/districts/cloppenburg/brochure",
        "/districts/werra-meissner/brochure",
        "/districts/werra-meissner/brochure/print?bilingual=true",
        "/events",
        "/events?district=holzminden&type=infoEvent&audience=founders&language=ar",
        "/events?district=cloppenburg&language=xx",
        "/events/archive",
        "{event}",
        "/stories",
        "/stories?district=holzminden&sector=crafts",
        "/stories?district=cloppenburg&sector=transport",
        "{story}",
        "/network",
        "/network/holzminden",
        "/network/cloppenburg",
        "/training",
        "/training/checklist",
        "/impressum",
        "/datenschutz",
        "/barrierefreiheit",
        "/no-such-page",
    ];

    public static readonly IReadOnlyList<string> Anonymous = ["/admin/account/login", "/admin/account/forgot"];

    /// <summary>Placeholders are replaced by ids from the seeded database, see <see cref="StaffPlaceholdersAsync"/>.</summary>
    public static readonly IReadOnlyList<string> Staff =
    [
        "/admin", "/admin/districts/{cloppenburg}/edit", "/admin/account/password", "/admin/offers", "/admin/offers?stale=true&page=2",
        "/admin/offers/new", "/admin/offers/import", "/admin/offers/{offerId}/edit", "/admin/offers/{offerId}/translations/ar", "/admin/offers/{offerId}/translations/ru",
        "/admin/organizations", "/admin/organizations/{organizationId}/edit",
        "/admin/events", "/admin/events?past=true", "/admin/events/new", "/admin/events/{eventId}/edit", "/admin/events/{eventId}/translations/ar",
        "/admin/brochures/{cloppenburg}", "/admin/brochures/{cloppenburg}/sections/new", "/admin/brochures/{cloppenburg}/sections/{sectionId}/edit",
        "/admin/brochures/{cloppenburg}/sections/{sectionId}/translations/fa", "/admin/brochures/{cloppenburg}/preview",
        "/admin/brochures/{cloppenburg}/preview?print=true&bilingual=true",
        "/admin/stories", "/admin/stories/new", "/admin/stories/{storyId}/edit", "/admin/stories/{storyId}/media", "/admin/stories/{storyId}/translations/ar",
        "/admin/audit", "/admin/audit?type=Offer&page=2", "/admin/audit/Offer/{offerId}", "/admin/bin",
        "/admin/users",
    ];

    /// <summary>{cloppenburg}: that district's id; {offerId}: the first seeded offer; {sectionId}: Cloppenburg's first brochure section; {organizationId}: the first organisation.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StaffPlaceholdersAsync(PortalFactory factory) =>
        await factory.WithDbAsync(async db =>
        {
            var cloppenburg = await db.Districts.Where(d => d.Slug == "cloppenburg").Select(d => d.Id).SingleAsync();
            return new Dictionary<string, string>
            {
                ["{cloppenburg}"] = cloppenburg.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["{offerId}"] = (await db.Offers.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["{sectionId}"] = (await db.BrochureSections.Where(x => db.Brochures.Any(b => b.Id == x.BrochureId && b.DistrictId == cloppenburg))
                    .OrderBy(x => x.Position).Select(x => x.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["{organizationId}"] = (await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["{eventId}"] = (await db.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["{storyId}"] = (await db.Stories.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });

    public static string StaffPath(string route, IReadOnlyDictionary<string, string> placeholders) =>
        placeholders.Aggregate(route, (path, p) => path.Replace(p.Key, p.Value, StringComparison.Ordinal));
}
