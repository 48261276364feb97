using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Localization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Tests.Integration;

public sealed class OfferImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    private static OfferRecord Offer(string id, string title, string? district = null, string category = "advice") => new(
        id, "test-organisation", district is null ? "nationwide" : "district", null, district, [category], ["financing"], ["founding"],
        ["allFounders"], ["onSite"], ["de", "tr"], false, "free", null, null, "https://www.example.org/" + id, null, null, null, null, null,
        new() { ["de"] = new(title, "Eine kurze Zusammenfassung.", "Beschreibung mit **Markdown**.", null, null, null) });

    private static OfferDocument Document(params OfferRecord[] offers) => new(OfferDocument.CurrentFormat,
        [new("test-organisation", "Testorganisation für Importe", "network", "https://www.example.org")], [.. offers]);

    [Fact]
    public async Task Import_FileWithOneBadRow_ImportsNothing_AndNamesRowAndField()
    {
        var before = await factory.WithDbAsync(db => db.Offers.CountAsync());
        var organizationsBefore = await factory.WithDbAsync(db => db.Organizations.CountAsync());
        var bad = Offer("import-bad-2", "Zweites Angebot") with { Cost = "cheap" };

        var result = await WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(Document(Offer("import-good-1", "Erstes Angebot"), bad), dryRun: false));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("offer", 1, "cost"), (error.Record, error.Index, error.Field));
        var english = await WithScopeAsync(sp =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
            return Task.FromResult(error.Describe(sp.GetRequiredService<IStringLocalizer<SharedResource>>()));
        });
        Assert.Equal("Offer 2 (import-bad-2), cost: must be one of: free, fee, partlySubsidised", english);
        Assert.False(result.Applied);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Offers.CountAsync()));
        Assert.Equal(organizationsBefore, await factory.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Offers.AnyAsync(o => o.ExternalId == "import-good-1")));
    }

    [Theory]
    [InlineData("scope", "region")]
    [InlineData("district", "nowhere")]
    [InlineData("languages", "")]
    [InlineData("url", "ftp://example.org")]
    [InlineData("translations.de", "")]
    public async Task Import_Validation_NamesTheField(string field, string value)
    {
        var record = Offer("import-check", "Prüfung");
        record = field switch
        {
            "scope" => record with { Scope = value },
            "district" => record with { Scope = "district", District = value },
            "languages" => record with { Languages = [] },
            "url" => record with { Url = value },
            _ => record with { Translations = new() { ["ar"] = new("عنوان", "ملخص", null, null, null, null) } },
        };
        var result = await WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(Document(record), dryRun: true));
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task Import_Upserts_AndAGermanChangeMarksTranslationsOutdated()
    {
        var record = Offer("import-upsert", "Beratung zum Upsert") with { };
        record.Translations!["ar"] = new("استشارة", "ملخص قصير.", null, null, null, null);
        var importer = (IServiceProvider sp) => sp.GetRequiredService<OfferImporter>();

        var first = await WithScopeAsync(sp => importer(sp).ImportAsync(Document(record), dryRun: false));
        Assert.Equal((1, 0), (first.Created, first.Updated));
        var again = await WithScopeAsync(sp => importer(sp).ImportAsync(Document(record), dryRun: false));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));

        var changed = record with { Translations = new() { ["de"] = new("Beratung zum Upsert, geändert", "Eine kurze Zusammenfassung.", null, null, null, null) } };
        var dry = await WithScopeAsync(sp => importer(sp).ImportAsync(Document(changed), dryRun: true));
        Assert.Equal(1, dry.Updated);
        Assert.Equal("Beratung zum Upsert", await factory.WithDbAsync(db => db.Offers.Where(o => o.ExternalId == "import-upsert")
            .SelectMany(o => o.Translations).Where(t => t.Culture == "de").Select(t => t.Title).SingleAsync()));

        await WithScopeAsync(sp => importer(sp).ImportAsync(Document(changed), dryRun: false));
        var offer = await factory.WithDbAsync(db => db.Offers.Include(o => o.Translations).SingleAsync(o => o.ExternalId == "import-upsert"));
        Assert.Equal(2, offer.SourceRevision);
        Assert.Equal(TranslationState.Current, TranslationStates.Of(offer, "de"));
        Assert.Equal(TranslationState.Outdated, TranslationStates.Of(offer, "ar"));
        Assert.Equal(TranslationState.Missing, TranslationStates.Of(offer, "ru"));
    }

    [Fact]
    public async Task ExportThenImport_IsARoundTrip()
    {
        var exported = await WithScopeAsync(sp => sp.GetRequiredService<OfferExporter>().ExportAsync());
        var json = JsonSerializer.Serialize(exported, OfferImporter.Json);
        Assert.True(exported.Offers!.Count >= 60);

        var result = await WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(JsonSerializer.Deserialize<OfferDocument>(json, OfferImporter.Json)!, dryRun: false));

        Assert.Empty(result.Errors);
        Assert.Equal((0, 0, exported.Offers.Count), (result.Created, result.Updated, result.Unchanged));
        var again = await WithScopeAsync(sp => sp.GetRequiredService<OfferExporter>().ExportAsync());
        Assert.Equal(json, JsonSerializer.Serialize(again, OfferImporter.Json));
    }

    [Fact]
    public async Task Import_Locations_ShowOnTheOfferPage_InTheHsdsExport_AndRoundTrip()
    {
        var record = Offer("import-locations", "Sprechtag im Kreishaus") with
        {
            Locations = [new("Kreishaus, Raum 12", "Bahnhofstraße 1", "37603", "Holzminden", "Di 9–12 Uhr"), new(null, null, null, "Bevern", "nach Vereinbarung")],
        };
        var result = await WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(Document(record), dryRun: false));
        Assert.Empty(result.Errors);
        var id = await factory.WithDbAsync(db => db.Offers.Where(o => o.ExternalId == "import-locations").Select(o => o.Id).SingleAsync());

        var page = await factory.CreateClient().GetPageAsync($"/ar/offers/{id}/sprechtag-im-kreishaus");
        Assert.Contains("Kreishaus, Raum 12", page);
        Assert.Contains("Di 9–12 Uhr", page);
        var hsds = await factory.CreateClient().GetPageAsync("/api/v1/hsds");
        Assert.Contains("\"x_opening_hours\": \"Di 9–12 Uhr\"", hsds.Replace("\":\"", "\": \"", StringComparison.Ordinal));
        Assert.Contains("\"postal_code\"", hsds);

        var exported = await WithScopeAsync(sp => sp.GetRequiredService<OfferExporter>().ExportAsync(sp.GetRequiredService<MigoekPortal.Web.Data.PortalDbContext>().Offers.Where(o => o.ExternalId == "import-locations")));
        Assert.Equal(record.Locations, exported.Offers![0].Locations);
        var again = await WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(Document(record with { Locations = record.Locations![..1] }), dryRun: false));
        Assert.Equal(1, again.Updated);
        Assert.Single(await factory.WithDbAsync(db => db.Offers.AsNoTracking().Where(o => o.ExternalId == "import-locations").SelectMany(o => o.Locations).ToListAsync()));
    }
}
