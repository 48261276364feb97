using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Tests.Integration;

public sealed class AdminOfferTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<Offer> OfferOfAsync(string? districtSlug) => factory.WithDbAsync(db => db.Offers.AsNoTracking()
        .Where(o => districtSlug == null ? o.DistrictId == null : o.District!.Slug == districtSlug).OrderBy(o => o.Id).FirstAsync());

    [Fact]
    public async Task List_DistrictEditor_SeesOnlyOwnDistrictsOffers()
    {
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var html = await client.GetPageAsync("/admin/offers");
        var own = await factory.WithDbAsync(db => db.Offers.CountAsync(o => o.District!.Slug == "holzminden"));
        Assert.Contains($">{own}<", html.Replace("Gefundene Angebote: ", ">", StringComparison.Ordinal).Replace("</h2>", "<", StringComparison.Ordinal));
        var other = await OfferOfAsync("cloppenburg");
        var central = await OfferOfAsync(null);
        Assert.DoesNotContain($"/admin/offers/{other.Id}/verify\"", html);
        Assert.DoesNotContain($"/admin/offers/{central.Id}/verify\"", html);
    }

    [Fact]
    public async Task List_Filters_ByMissingTranslationAndStaleness()
    {
        var client = await factory.SignedInClientAsync("admin@demo.example");
        Assert.Contains("Gefundene Angebote: 0", await client.GetPageAsync("/admin/offers?missing=ar"));
        var total = await factory.WithDbAsync(db => db.Offers.CountAsync());
        Assert.Contains($"Gefundene Angebote: {total}", await client.GetPageAsync("/admin/offers?stale=true"));
    }

    [Fact]
    public async Task Post_Verify_OtherDistrictOrCentral_ReturnsForbiddenAndChangesNothing()
    {
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        foreach (var offer in new[] { await OfferOfAsync("cloppenburg"), await OfferOfAsync(null) })
        {
            var response = await client.PostFormAsync($"/admin/offers/{offer.Id}/verify", "/admin/offers", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id));
            Assert.Null(after.LastVerifiedOn);
            Assert.Equal(offer.Version, after.Version);
        }
    }

    [Fact]
    public async Task Post_Verify_OwnDistrict_StampsTodayAndShowsOnThePublicPage()
    {
        var offer = await OfferOfAsync("holzminden");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");

        var response = await client.PostFormAsync($"/admin/offers/{offer.Id}/verify", "/admin/offers", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id));
        Assert.NotNull(after.LastVerifiedOn);
        Assert.Equal("holzminden@demo.example", after.VerifiedBy);
        var search = await factory.CreateClient().GetPageAsync($"/de/offers?district=holzminden&sort=newest");
        Assert.Contains("Zuletzt geprüft am", search);
    }
}
