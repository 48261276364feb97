using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Tests.Integration;

public sealed class OfferEditorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private Task<Offer> OfferOfAsync(string? districtSlug, int skip = 0) => factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Translations)
        .Where(o => districtSlug == null ? o.DistrictId == null : o.District!.Slug == districtSlug).OrderBy(o => o.Id).Skip(skip).FirstAsync());

    private Task<int> DistrictIdAsync(string slug) => factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync());

    private async Task<Forms> NewOfferFormAsync(HttpClient client, string title, string url)
    {
        var form = await Forms.ReadAsync(client, "/admin/offers/new", "/admin/offers/new");
        var provider = await factory.WithDbAsync(db => db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        return form.Set("Input.Texts.Title", title).Set("Input.Texts.Summary", "Eine kurze Beschreibung des neuen Angebots.")
            .Set("Input.Url", url).SetAll("Input.Categories", "Advice").Set("Input.ProviderId", provider.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Post_NewOffer_DistrictEditor_CreatesDraftInTheirDistrict_NotPublic()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, "Sprechstunde für Gründerinnen in Holzminden", "https://www.example.org/sprechstunde-holzminden");

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var offer = await factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.District).SingleAsync(o => o.Url == "https://www.example.org/sprechstunde-holzminden"));
        Assert.Equal(("holzminden", OfferStatus.Draft, OfferScope.District), (offer.District!.Slug, offer.Status, offer.Scope));
        Assert.Equal("sprechstunde-fur-grunderinnen-in-holzminden", offer.ExternalId);
        Assert.Equal($"/admin/offers/{offer.Id}/edit", response.Headers.Location!.OriginalString);
        await factory.CreateClient().GetPageAsync($"/de/offers/{offer.Id}", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("District", "cloppenburg")]
    [InlineData("Nationwide", null)]
    public async Task Post_NewOffer_HandMadeForOtherDistrictOrCentral_ReturnsForbidden_AndCreatesNothing(string scope, string? district)
    {
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, "Untergeschobenes Angebot", "https://www.example.org/untergeschoben");
        form.Set("Input.Scope", scope).Set("Input.DistrictId", district is null ? "" : (await DistrictIdAsync(district)).ToString(CultureInfo.InvariantCulture));
        var before = await factory.WithDbAsync(db => db.Offers.CountAsync());

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task Post_NewOffer_WithAnExistingUrl_WarnsAndCreatesNothing_UntilTheEditorConfirms()
    {
        var existing = await OfferOfAsync("holzminden");
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, "Ganz anderer Titel für dieselbe Seite", existing.Url.Replace("https://www.", "http://", StringComparison.Ordinal) + "/");
        var before = await factory.WithDbAsync(db => db.Offers.CountAsync());

        var response = await form.PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gibt es dieses Angebot schon?", html);
        Assert.Contains($"href=\"/admin/offers/{existing.Id}/edit\"", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Offers.CountAsync()));

        var confirmed = await Forms.Parse(html, "/admin/offers/new").Set("Input.NotADuplicate", "true").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task Post_NewOffer_WithAVerySimilarTitle_Warns()
    {
        var existing = await OfferOfAsync("holzminden", skip: 1);
        var title = existing.Translations.Single(t => t.Culture == "de").Title;
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, title.ToUpperInvariant() + ".", "https://www.example.org/ganz-neue-seite");

        var html = await (await form.PostAsync(client)).Content.ReadAsStringAsync();

        Assert.Contains("ähnlicher Titel", html);
        Assert.Contains($"href=\"/admin/offers/{existing.Id}/edit\"", html);
    }

    [Fact]
    public async Task Post_NewOffer_Invalid_ShowsMessagesAndKeepsInput()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, "", "keine-adresse");
        form.SetAll("Input.Categories").Set("Input.Texts.Description", "Mein **Text** bleibt erhalten.");

        var response = await form.PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte füllen Sie das Feld „Titel“ aus.", html);
        Assert.Contains("Bitte wählen Sie mindestens einen Wert.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("Mein **Text** bleibt erhalten.", html);
    }

    [Fact]
    public async Task Post_Preview_RendersMarkdownSafely_AndSavesNothing()
    {
        var offer = await OfferOfAsync("holzminden", skip: 2);
        var client = await factory.SignedInClientAsync(Editor);
        var form = await Forms.ReadAsync(client, $"/admin/offers/{offer.Id}/edit", $"/admin/offers/{offer.Id}/edit");
        form.Set("Input.Texts.Description", "Neu mit **Fettdruck** und <script>alert(1)</script>.");

        var html = await (await form.PostAsync(client, ("preview", "true"))).Content.ReadAsStringAsync();

        Assert.Contains("<strong>Fettdruck</strong>", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id));
        Assert.Equal(offer.Version, after.Version);
    }

    [Fact]
    public async Task Post_Edit_GermanTextChanged_MarksTranslationsOutdated()
    {
        var offer = await OfferOfAsync("holzminden", skip: 3);
        Assert.Equal(TranslationState.Current, TranslationStates.Of(offer, "ar"));
        var client = await factory.SignedInClientAsync(Editor);
        var form = await Forms.ReadAsync(client, $"/admin/offers/{offer.Id}/edit", $"/admin/offers/{offer.Id}/edit");

        var response = await form.Set("Input.Texts.Summary", "Eine geänderte Zusammenfassung.").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Translations).SingleAsync(o => o.Id == offer.Id));
        Assert.Equal(offer.SourceRevision + 1, after.SourceRevision);
        Assert.Equal(TranslationState.Outdated, TranslationStates.Of(after, "ar"));
        Assert.Equal(TranslationState.Current, TranslationStates.Of(after, "de"));
        Assert.Contains("veraltet", await client.GetPageAsync($"/admin/offers/{offer.Id}/edit"));
    }

    [Fact]
    public async Task Post_Edit_StaleForm_ShowsTheOtherSave_KeepsOwnInput_AndSecondSaveWins()
    {
        var offer = await OfferOfAsync("holzminden", skip: 4);
        var first = await factory.SignedInClientAsync(Editor);
        var second = await factory.SignedInClientAsync("admin@demo.example");
        var page = $"/admin/offers/{offer.Id}/edit";
        var formOfFirst = await Forms.ReadAsync(first, page, page);
        var formOfSecond = await Forms.ReadAsync(second, page, page);
        Assert.Equal(HttpStatusCode.Redirect, (await formOfFirst.Set("Input.ContactRole", "Gründungsberatung, Erdgeschoss").PostAsync(first)).StatusCode);

        var response = await formOfSecond.Set("Input.Url", "https://www.example.org/neue-adresse").PostAsync(second);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jemand anderes hat diese Angaben gespeichert", html);
        Assert.Contains("value=\"https://www.example.org/neue-adresse\"", html);
        Assert.Contains("Gründungsberatung, Erdgeschoss", html);
        var between = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id));
        Assert.Equal("Gründungsberatung, Erdgeschoss", between.Contact.Role);
        Assert.Equal(offer.Url, between.Url);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Parse(html, page).PostAsync(second)).StatusCode);
        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offer.Id));
        Assert.Equal("https://www.example.org/neue-adresse", after.Url);
    }

    [Fact]
    public async Task OtherDistrictsOffer_EditStatusAndTranslation_ByGetAndHandMadePost_AreForbidden_AndChangeNothing()
    {
        var client = await factory.SignedInClientAsync(Editor);
        foreach (var offer in new[] { await OfferOfAsync("cloppenburg"), await OfferOfAsync(null) })
        {
            await client.GetPageAsync($"/admin/offers/{offer.Id}/edit", HttpStatusCode.Forbidden);
            await client.GetPageAsync($"/admin/offers/{offer.Id}/translations/ar", HttpStatusCode.Forbidden);
            var token = new Dictionary<string, string> { ["Input.Texts.Title"] = "Übernommen", ["Input.Texts.Summary"] = "x", ["Input.Url"] = "https://www.example.org/x", ["Input.Categories"] = "Advice", ["Input.ProviderId"] = offer.ProviderId.ToString(CultureInfo.InvariantCulture), ["status"] = "Archived" };
            foreach (var url in new[] { $"/admin/offers/{offer.Id}/edit", $"/admin/offers/{offer.Id}/status", $"/admin/offers/{offer.Id}/translations/ar" })
            {
                var response = await client.PostFormAsync(url, "/admin/offers", token);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
            var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Translations).SingleAsync(o => o.Id == offer.Id));
            Assert.Equal((offer.Version, offer.Status), (after.Version, after.Status));
            Assert.Equal(offer.Translations.Single(t => t.Culture == "ar").Version, after.Translations.Single(t => t.Culture == "ar").Version);
        }
    }

    [Fact]
    public async Task Post_Status_PublishThenArchive_ShowsAndHidesThePublicPage()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var form = await NewOfferFormAsync(client, "Offene Werkstatt für Gründungsideen", "https://www.example.org/offene-werkstatt");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(client)).StatusCode);
        var id = await factory.WithDbAsync(db => db.Offers.Where(o => o.Url == "https://www.example.org/offene-werkstatt").Select(o => o.Id).SingleAsync());
        var page = $"/admin/offers/{id}/edit";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/offers/{id}/status", page, new Dictionary<string, string> { ["status"] = "Published" })).StatusCode);
        var anonymous = factory.CreateClient();
        Assert.Contains("Offene Werkstatt für Gründungsideen", await anonymous.GetPageAsync($"/de/offers/{id}/offene-werkstatt-fur-grundungsideen"));
        Assert.Contains($"/de/offers/{id}/", await anonymous.GetPageAsync("/de/offers?q=werkstatt"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/offers/{id}/status", page, new Dictionary<string, string> { ["status"] = "Archived" })).StatusCode);
        await anonymous.GetPageAsync($"/de/offers/{id}/offene-werkstatt-fur-grundungsideen", HttpStatusCode.NotFound);
        Assert.DoesNotContain($"/de/offers/{id}/", await anonymous.GetPageAsync("/de/offers?q=werkstatt"));
    }

    [Fact]
    public async Task Translation_ShowsGermanBesideArabic_SavesAsCurrent()
    {
        var offer = await OfferOfAsync("holzminden", skip: 5);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/offers/{offer.Id}/translations/ar";
        var html = await client.GetPageAsync(page);
        Assert.Contains(offer.Translations.Single(t => t.Culture == "de").Summary, html);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html);

        var response = await Forms.Parse(html, page).Set("Input.Texts.Summary", "ملخص جديد للعرض").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.OfferTranslations.AsNoTracking().SingleAsync(t => t.OfferId == offer.Id && t.Culture == "ar"));
        Assert.Equal("ملخص جديد للعرض", after.Summary);
        Assert.Equal(offer.SourceRevision, after.SourceRevision);
    }

    [Fact]
    public async Task Translation_StaleForm_ShowsConflict_AndKeepsTheTranslatorsText()
    {
        var offer = await OfferOfAsync("holzminden", skip: 6);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/offers/{offer.Id}/translations/tr";
        var first = await Forms.ReadAsync(client, page, page);
        var second = await Forms.ReadAsync(client, page, page);
        Assert.Equal(HttpStatusCode.Redirect, (await first.Set("Input.Texts.Title", "Birinci başlık").PostAsync(client)).StatusCode);

        var response = await second.Set("Input.Texts.Title", "İkinci başlık").PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jemand anderes hat diese Angaben gespeichert", html);
        Assert.Contains("İkinci başlık", html);
        Assert.Contains("Birinci başlık", html);
        Assert.Equal("Birinci başlık", await factory.WithDbAsync(db => db.OfferTranslations.Where(t => t.OfferId == offer.Id && t.Culture == "tr").Select(t => t.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    public async Task Translation_ForGermanOrUnknownCulture_IsNotFound(string culture)
    {
        var offer = await OfferOfAsync("holzminden");
        var client = await factory.SignedInClientAsync(Editor);
        await client.GetPageAsync($"/admin/offers/{offer.Id}/translations/{culture}", HttpStatusCode.NotFound);
    }
}
