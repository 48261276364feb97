using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Tests.Browser;

/// <summary>
/// The pages every sweep visits, in every culture. Public routes are relative to <c>/{culture}</c>;
/// staff routes are visited signed in as the demo PortalAdmin with the staff language cookie.
/// Every new page goes in here. {offer} stands for the canonical address of the first seeded offer.
/// </summary>
public static class SweepRoutes
{
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
        "/events",
        "/stories",
        "/network",
        "/training",
        "/impressum",
        "/datenschutz",
        "/barrierefreiheit",
        "/no-such-page",
    ];

    public static readonly IReadOnlyList<string> Anonymous = ["/admin/account/login"];

    /// <summary>{cloppenburg} is replaced by that district's id, {offerId} by the first seeded offer's id.</summary>
    public static readonly IReadOnlyList<string> Staff =
    [
        "/admin", "/admin/districts/{cloppenburg}/edit", "/admin/account/password", "/admin/offers", "/admin/offers?stale=true&page=2",
        "/admin/offers/new", "/admin/offers/import", "/admin/offers/{offerId}/edit", "/admin/offers/{offerId}/translations/ar", "/admin/offers/{offerId}/translations/ru",
    ];

    public static string StaffPath(string route, int cloppenburgId, string offerPath) => route
        .Replace("{cloppenburg}", cloppenburgId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{offerId}", offerPath.Split('/')[2], StringComparison.Ordinal);
}
