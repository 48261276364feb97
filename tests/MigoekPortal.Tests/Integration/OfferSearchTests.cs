using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Tests.Integration;

public sealed partial class OfferSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<OfferSearchResult> SearchAsync(OfferQuery query)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OfferSearchIndex>().SearchAsync(query);
    }

    [Fact]
    public async Task Seed_HasAtLeastSixtyPublishedOffers_InEveryScope()
    {
        var offers = await factory.WithDbAsync(db => db.Offers.Include(o => o.District).ToListAsync());
        Assert.True(offers.Count >= 60, $"{offers.Count} offers");
        Assert.All(offers, o => Assert.Equal(OfferStatus.Published, o.Status));
        Assert.Contains(offers, o => o.Scope == OfferScope.Nationwide);
        Assert.Contains(offers, o => o.Scope == OfferScope.State && o.State == Web.Domain.FederalState.NI);
        Assert.Contains(offers, o => o.Scope == OfferScope.State && o.State == Web.Domain.FederalState.HE);
        foreach (var slug in new[] { "cloppenburg", "holzminden", "werra-meissner" })
        {
            Assert.Contains(offers, o => o.District?.Slug == slug);
        }
    }

    [Fact]
    public async Task Search_GermanWordFamily_FindsTheSameOffers()
    {
        var gruendung = await SearchAsync(new OfferQuery { Text = "Gründung", PageSize = 100 });
        var gruenden = await SearchAsync(new OfferQuery { Text = "gründen", PageSize = 100 });
        var gruender = await SearchAsync(new OfferQuery { Text = "GRÜNDER", PageSize = 100 });
        Assert.True(gruendung.Total > 5);
        Assert.Equal(gruendung.Items.Select(i => i.Id).Order(), gruenden.Items.Select(i => i.Id).Order());
        Assert.Equal(gruendung.Total, gruender.Total);
    }

    public static TheoryData<string> AllCultures() => [.. Cultures.All];

    /// <summary>For every culture: a word of an offer's title in that language finds that offer, shown in that language.</summary>
    [Theory]
    [MemberData(nameof(AllCultures))]
    public async Task Search_InEveryLanguage_FindsTheTranslatedText(string culture)
    {
        var offers = await factory.WithDbAsync(db => db.Offers.Include(o => o.Translations).Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Id).ToListAsync());
        var sample = offers.Where(o => o.Translations.Any(t => t.Culture == culture)).Take(5).ToList();
        Assert.True(sample.Count == 5, $"fewer than 5 offers translated into {culture}");
        foreach (var offer in sample)
        {
            var title = offer.Translations.Single(t => t.Culture == culture).Title;
            var word = title.Split(' ', '-', '–', '(', ')', '«', '»', ',', ':').OrderByDescending(w => w.Length).First();
            var result = await SearchAsync(new OfferQuery { Text = word, Culture = culture, PageSize = 100 });
            var hit = result.Items.SingleOrDefault(h => h.Id == offer.Id);
            Assert.True(hit is not null, $"{culture}: '{word}' did not find '{title}'");
            Assert.Equal(culture, hit.Culture);
            Assert.False(hit.IsFallback);
            Assert.Contains(hit.MatchedTerms, t => SearchText.Terms(word).Contains(t));
        }
    }

    [Fact]
    public async Task Filters_Combine_AndFacetCountsPredictTheResult()
    {
        var baseQuery = new OfferQuery { District = "holzminden", PageSize = 100 };
        var all = await SearchAsync(baseQuery);
        var loanCount = all.Facets["category"].Single(f => f.Value == "loan").Count;

        var loans = await SearchAsync(baseQuery with { Category = OfferCategory.Loan });

        Assert.Equal(loanCount, loans.Total);
        Assert.All(loans.Items, h => Assert.True((h.Categories & OfferCategory.Loan) != 0));
        Assert.All(loans.Items, h => Assert.True(h.Scope == OfferScope.Nationwide || h.DistrictSlug == "holzminden" || h.State == Web.Domain.FederalState.NI,
            $"{h.ExternalId} is not available in Holzminden"));
        Assert.DoesNotContain(all.Items, h => h.DistrictSlug is "cloppenburg" or "werra-meissner" || h.State == Web.Domain.FederalState.HE);
        var districtFacet = loans.Facets["district"].Single(f => f.Value == "cloppenburg").Count;
        Assert.Equal((await SearchAsync(new OfferQuery { District = "cloppenburg", Category = OfferCategory.Loan })).Total, districtFacet);
    }

    [Fact]
    public async Task Get_SearchPage_WorksWithoutJavaScript_AndKeepsStateInTheUrl()
    {
        var html = await _client.GetPageAsync("/de/offers?q=Kredit&district=holzminden&category=loan");
        Assert.Matches("Gefundene Angebote: [1-9]", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("name=\"district\" value=\"holzminden\"", html);
        Assert.Contains("href=\"/de/offers?q=Kredit&amp;category=loan\"", html); // remove the district filter, keep the rest
    }

    [Fact]
    public async Task Get_SearchPage_HostileInput_IsANormalPage()
    {
        var html = await _client.GetPageAsync("/ar/offers?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&category=%27%3BDROP&page=-5&sort=%00");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        await _client.GetPageAsync("/de/offers?q=" + new string('x', 5000));
    }

    [Fact]
    public async Task Get_OfferPage_WrongSlug_RedirectsToTheCanonicalAddress_AndUnknownIs404()
    {
        var id = await factory.WithDbAsync(db => db.Offers.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var response = await _client.GetAsync($"/ar/offers/{id}/wrong");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Matches($"^/ar/offers/{id}/[a-z0-9-]+$", response.Headers.Location!.OriginalString);
        var html = await _client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("application/ld+json", html);
        Assert.Contains("\"@type\":\"GovernmentService\"", html);
        await _client.GetPageAsync("/de/offers/999999/x", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_OfferPage_WithoutTranslation_ShowsGermanWithANotice()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var document = new OfferDocument(OfferDocument.CurrentFormat, [new("fallback-org", "Organisation nur auf Deutsch", "other", null)],
            [
                new("fallback-only-german", "fallback-org", "nationwide", null, null, ["advice"], null, null, null, null, ["de"], null, "free", null, null,
                    "https://www.example.org/nur-deutsch", null, null, null, null, null,
                    new() { ["de"] = new("Nur auf Deutsch beschrieben", "Diese Zusammenfassung gibt es nur auf Deutsch.", null, null, null, null) }),
            ]);
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<OfferImporter>().ImportAsync(document, dryRun: false)).Errors);
        }
        var id = await factory.WithDbAsync(db => db.Offers.Where(o => o.ExternalId == "fallback-only-german").Select(o => o.Id).SingleAsync());

        var html = await _client.GetPageAsync($"/uk/offers/{id}/nur-auf-deutsch-beschrieben");
        Assert.Contains("<h1 lang=\"de\">Nur auf Deutsch beschrieben</h1>", html);
        Assert.Contains("class=\"notice\"", html);

        var search = await _client.GetPageAsync("/uk/offers?q=deutsch+beschrieben");
        Assert.Contains("lang=\"de\">", search);
        Assert.Contains("class=\"fallback\"", search);
    }

    [Fact]
    public async Task Get_DistrictPage_ListsItsOffers()
    {
        var html = await _client.GetPageAsync("/de/districts/werra-meissner");
        Assert.Contains("href=\"/de/offers?district=werra-meissner\"", html);
        Assert.True(OfferLink().Count(html) >= 3);
    }

    [Fact]
    public async Task Api_List_ReturnsTheDocumentedJson()
    {
        var json = await _client.GetStringAsync("/api/v1/offers?q=kredit&lang=tr&state=NI&pageSize=5");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() > 0);
        Assert.Equal(5, root.GetProperty("pageSize").GetInt32());
        var item = root.GetProperty("items")[0];
        foreach (var field in new[] { "id", "externalId", "title", "summary", "culture", "isFallback", "provider", "scope", "district", "categories", "languages", "url", "updated" })
        {
            Assert.True(item.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.True(root.GetProperty("facets").TryGetProperty("category", out _));
        Assert.StartsWith("http://localhost/tr/offers/", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Api_BadParameters_Are400WithTheirNames()
    {
        var response = await _client.GetAsync("/api/v1/offers?category=cheap&pageSize=1000&lang=xx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("category", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pageSize", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lang", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_One_HasAllTranslationsWithTheirState()
    {
        var id = await factory.WithDbAsync(db => db.Offers.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        using var doc = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/offers/{id}"));
        var translations = doc.RootElement.GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(Cultures.All.Count, translations.Count);
        Assert.All(translations, t => Assert.Equal("current", t.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/offers/999999")).StatusCode);
    }

    [Fact]
    public async Task Api_OpenApiDocument_DescribesTheOffersApi()
    {
        var json = await _client.GetStringAsync("/api/v1/openapi.json");
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/offers", out _));
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/offers/{id}", out _));
    }

    [Fact]
    public async Task Api_Hsds_ExportsOrganizationsServicesAndTranslations()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/hsds"));
        var root = doc.RootElement;
        var organizations = root.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var services = root.GetProperty("services").EnumerateArray().ToList();
        var translations = await factory.WithDbAsync(db => db.Offers.Where(o => o.Status == OfferStatus.Published)
            .Select(o => new { o.ExternalId, Count = o.Translations.Count(t => t.Culture != "de") }).ToDictionaryAsync(o => o.ExternalId, o => o.Count));
        Assert.Equal(translations.Count, services.Count);
        Assert.True(services.Count >= 60);
        Assert.All(services, s =>
        {
            Assert.Contains(s.GetProperty("organization_id").GetString(), organizations);
            Assert.NotEmpty(s.GetProperty("languages").EnumerateArray());
            Assert.Equal(translations[s.GetProperty("id").GetString()!], s.GetProperty("x_translations").EnumerateObject().Count());
        });
        Assert.True(translations.Values.Count(n => n == Cultures.All.Count - 1) >= 60);
    }

    [GeneratedRegex("href=\"/de/offers/\\d+/[a-z0-9-]+\"")]
    private static partial Regex OfferLink();
}
