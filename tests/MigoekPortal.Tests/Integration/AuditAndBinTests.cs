using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain.Audit;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Housekeeping;

namespace MigoekPortal.Tests.Integration;

public sealed class AuditAndBinTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private Task<Offer> OfferOfAsync(string districtSlug, int skip) => factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Translations)
        .Where(o => o.District!.Slug == districtSlug && o.Status == OfferStatus.Published).OrderBy(o => o.Id).Skip(skip).FirstAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenSource) =>
        client.PostFormAsync(url, tokenSource, new Dictionary<string, string>());

    [Fact]
    public async Task Post_EditOffer_IsLogged_WithBeforeAndAfter_AndShownInItsHistory()
    {
        var offer = await OfferOfAsync("holzminden", 0);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/offers/{offer.Id}/edit";
        Assert.Contains($"href=\"/admin/audit/Offer/{offer.Id}\"", await client.GetPageAsync(page));

        var form = await Forms.ReadAsync(client, page, page);
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.Url", "https://www.example.org/protokolliert").PostAsync(client)).StatusCode);

        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Offer" && a.EntityId == offer.Id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal((AuditAction.Updated, Editor), (entry.Action, entry.UserName));
        Assert.Contains("\"Url\":{\"before\":\"" + offer.Url + "\",\"after\":\"https://www.example.org/protokolliert\"}", entry.Changes);
        Assert.DoesNotContain("Version", entry.Changes);
        var history = await client.GetPageAsync($"/admin/audit/Offer/{offer.Id}");
        Assert.Contains(offer.Url, history);
        Assert.Contains("https://www.example.org/protokolliert", history);
    }

    [Fact]
    public async Task Post_Translation_IsLoggedUnderItsOffer()
    {
        var offer = await OfferOfAsync("holzminden", 1);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/offers/{offer.Id}/translations/ar";
        var form = await Forms.ReadAsync(client, page, page);

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.Texts.Title", "عنوان جديد").PostAsync(client)).StatusCode);

        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Offer" && a.EntityId == offer.Id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("\"translation ar: Title\":", entry.Changes);
        Assert.Contains("عنوان جديد", entry.Changes);
    }

    [Fact]
    public async Task AuditLog_DistrictEditor_SeesOnlyTheirDistricts_AndNotOtherHistories()
    {
        var other = await OfferOfAsync("cloppenburg", 0);
        var admin = await factory.SignedInClientAsync("admin@demo.example");
        var form = await Forms.ReadAsync(admin, $"/admin/offers/{other.Id}/edit", $"/admin/offers/{other.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.Url", "https://www.example.org/cloppenburg-geaendert").PostAsync(admin)).StatusCode);
        Assert.Contains("https://www.example.org/cloppenburg-geaendert", await admin.GetPageAsync("/admin/audit?type=Offer"));

        var client = await factory.SignedInClientAsync(Editor);

        Assert.DoesNotContain("cloppenburg-geaendert", await client.GetPageAsync("/admin/audit?type=Offer"));
        await client.GetPageAsync($"/admin/audit/Offer/{other.Id}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeleteThenRestore_Offer_LeavesTheSiteAndComesBackWithTranslations_AndTheLogShowsBoth()
    {
        var offer = await OfferOfAsync("holzminden", 2);
        var title = offer.Translations.Single(t => t.Culture == "de").Title;
        var client = await factory.SignedInClientAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/admin/bin/Offer/{offer.Id}/delete", $"/admin/offers/{offer.Id}/edit")).StatusCode);

        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/admin/offers/{offer.Id}/edit", HttpStatusCode.NotFound);
        var bin = await client.GetPageAsync("/admin/bin");
        Assert.Contains(title, bin);
        Assert.Contains(Editor, bin);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/admin/bin/Offer/{offer.Id}/restore", "/admin/bin")).StatusCode);

        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Translations).SingleAsync(o => o.Id == offer.Id));
        Assert.Null(after.DeletedAtUtc);
        Assert.Equal(offer.Translations.Select(t => (t.Culture, t.Title)).OrderBy(t => t.Culture), after.Translations.Select(t => (t.Culture, t.Title)).OrderBy(t => t.Culture));
        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}");
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Offer" && a.EntityId == offer.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Deleted, AuditAction.Restored], actions.TakeLast(2));
        var history = await client.GetPageAsync($"/admin/audit/Offer/{offer.Id}");
        Assert.Contains("Gelöscht", history);
        Assert.Contains("Wiederhergestellt", history);
    }

    [Fact]
    public async Task DeleteAndRestore_OtherDistrictsOffer_AreForbidden_AndChangeNothing()
    {
        var other = await OfferOfAsync("cloppenburg", 1);
        var client = await factory.SignedInClientAsync(Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, $"/admin/bin/Offer/{other.Id}/delete", "/admin/bin")).StatusCode);
        Assert.Null((await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == other.Id))).DeletedAtUtc);

        var admin = await factory.SignedInClientAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, $"/admin/bin/Offer/{other.Id}/delete", "/admin/bin")).StatusCode);
        Assert.DoesNotContain($"/admin/bin/Offer/{other.Id}/restore", await client.GetPageAsync("/admin/bin"));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, $"/admin/bin/Offer/{other.Id}/restore", "/admin/bin")).StatusCode);
        Assert.NotNull((await factory.WithDbAsync(db => db.Offers.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == other.Id))).DeletedAtUtc);
    }

    [Fact]
    public async Task DeletedOffer_IsNotFoundByPublicSearchOrApi()
    {
        var offer = await OfferOfAsync("holzminden", 3);
        var anonymous = factory.CreateClient();
        var query = Uri.EscapeDataString(offer.Translations.Single(t => t.Culture == "de").Title);
        Assert.Contains($"/de/offers/{offer.Id}/", await anonymous.GetPageAsync($"/de/offers?q={query}&district=holzminden"));
        Assert.Contains(offer.ExternalId, await anonymous.GetStringAsync($"/api/v1/offers?q={query}&pageSize=100"));
        var client = await factory.SignedInClientAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/admin/bin/Offer/{offer.Id}/delete", $"/admin/offers/{offer.Id}/edit")).StatusCode);

        Assert.DoesNotContain($"/de/offers/{offer.Id}/", await anonymous.GetPageAsync($"/de/offers?q={query}&district=holzminden"));
        Assert.DoesNotContain(offer.ExternalId, await anonymous.GetStringAsync($"/api/v1/offers?q={query}&pageSize=100"));
    }

    [Fact]
    public async Task Delete_OrganisationThatProvidesOffers_IsRefused_WithAMessage()
    {
        var offer = await OfferOfAsync("holzminden", 4);
        var admin = await factory.SignedInClientAsync("admin@demo.example");

        var response = await PostAsync(admin, $"/admin/bin/Organization/{offer.ProviderId}/delete", "/admin/bin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("bietet noch Angebote an", await admin.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Null((await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == offer.ProviderId))).DeletedAtUtc);
    }

    [Fact]
    public async Task Purge_RemovesEntriesDeletedMoreThan30DaysAgo_AndKeepsYoungerOnes()
    {
        // The last two offers, which no other test here touches.
        var ids = await factory.WithDbAsync(db => db.Offers.OrderByDescending(o => o.Id).Select(o => o.Id).Take(2).ToListAsync());
        var (old, young) = (new { Id = ids[0] }, new { Id = ids[1] });
        var now = DateTime.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            await db.Offers.Where(o => o.Id == old.Id).ExecuteUpdateAsync(x => x.SetProperty(o => o.DeletedAtUtc, now.AddDays(-31)));
            return await db.Offers.Where(o => o.Id == young.Id).ExecuteUpdateAsync(x => x.SetProperty(o => o.DeletedAtUtc, now.AddDays(-29)));
        });

        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BinPurger>().PurgeAsync(now);

        Assert.False(await factory.WithDbAsync(db => db.Offers.IgnoreQueryFilters().AnyAsync(o => o.Id == old.Id)));
        Assert.False(await factory.WithDbAsync(db => db.OfferTranslations.AnyAsync(t => t.OfferId == old.Id)));
        Assert.True(await factory.WithDbAsync(db => db.Offers.IgnoreQueryFilters().AnyAsync(o => o.Id == young.Id)));
    }

    [Fact]
    public async Task Post_NewOffer_WithTheTitleOfAnOfferInTheBin_GetsItsOwnId()
    {
        var offer = await OfferOfAsync("holzminden", 0);
        var title = offer.Translations.Single(t => t.Culture == "de").Title;
        var client = await factory.SignedInClientAsync(Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/admin/bin/Offer/{offer.Id}/delete", $"/admin/offers/{offer.Id}/edit")).StatusCode);
        var form = await Forms.ReadAsync(client, "/admin/offers/new", "/admin/offers/new");
        form.Set("Input.Texts.Title", title).Set("Input.Texts.Summary", "Ein neues Angebot mit altem Titel.").Set("Input.Url", "https://www.example.org/alter-titel-neu")
            .SetAll("Input.Categories", "Advice").Set("Input.ProviderId", offer.ProviderId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.NotADuplicate", "true");

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Url == "https://www.example.org/alter-titel-neu"));
        Assert.NotEqual(offer.ExternalId, created.ExternalId);
    }

    [Fact]
    public async Task Purge_Story_DeletesItsMediaFiles()
    {
        var story = await factory.WithDbAsync(db => db.Stories.AsNoTracking().Where(x => x.PosterKey != null || x.VideoKey != null).OrderByDescending(x => x.Id).FirstAsync());
        var media = factory.Services.GetRequiredService<MigoekPortal.Web.Media.IMediaStore>();
        var keys = new[] { story.PosterKey, story.VideoKey }.OfType<string>().Where(k => media.Find(k) is not null).ToList();
        Assert.NotEmpty(keys);
        var now = DateTime.UtcNow;
        await factory.WithDbAsync(db => db.Stories.Where(x => x.Id == story.Id).ExecuteUpdateAsync(x => x.SetProperty(s => s.DeletedAtUtc, now.AddDays(-40))));

        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<BinPurger>().PurgeAsync(now);

        Assert.False(await factory.WithDbAsync(db => db.Stories.IgnoreQueryFilters().AnyAsync(x => x.Id == story.Id)));
        Assert.All(keys, k => Assert.Null(media.Find(k)));
    }
}
