using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Tests.Integration;

/// <summary>Offer files as JSON, CSV and XLSX: round trips, exact texts, and problems named by row and column.</summary>
public sealed class OfferFileFormatTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tricky = "مرحبا „Zitat“ \"quoted\", Komma; Semikolon\nZeile 2\r\nZeile 3 _x000D_ bleibt";

    private const string Header = "externalId,provider,providerName,providerType,scope,categories,languages,cost,url,lastVerified,de.title,de.summary";

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    private Task<ImportResult> ImportAsync(OfferDocument document, bool dryRun = true) =>
        WithScopeAsync(sp => sp.GetRequiredService<OfferImporter>().ImportAsync(document, dryRun));

    private string English(ImportError error)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        return error.Describe(factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
    }

    private static async Task<byte[]> WriteAsync(OfferDocument document, OfferFileFormat format)
    {
        using var stream = new MemoryStream();
        await OfferFileFormats.WriteAsync(stream, document, format);
        return stream.ToArray();
    }

    private static Task<OfferFileRead> ReadAsync(byte[] bytes, OfferFileFormat format) => OfferFileFormats.ReadAsync(new MemoryStream(bytes), format);

    private static Task<OfferFileRead> ReadCsvAsync(string text, bool bom = false) =>
        ReadAsync(new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), OfferFileFormat.Csv);

    /// <summary>Reads, then imports what could be read; all problems in the file's terms, in English.</summary>
    private async Task<(List<string> Problems, ImportResult? Result)> ReadAndImportAsync(OfferFileRead read, bool dryRun = true)
    {
        var result = read.Document is null || read.Errors.Count > 0 ? null : await ImportAsync(read.Document, dryRun);
        return ([.. read.Errors.Concat(result is null ? [] : read.InFileTerms(result.Errors)).Select(English)], result);
    }

    [Theory]
    [InlineData(OfferFileFormat.Json)]
    [InlineData(OfferFileFormat.Csv)]
    [InlineData(OfferFileFormat.Xlsx)]
    public async Task ExportThenImport_IsARoundTrip(OfferFileFormat format)
    {
        var exported = await WithScopeAsync(sp => sp.GetRequiredService<OfferExporter>().ExportAsync());
        Assert.True(exported.Offers!.Count >= 60);

        var read = await ReadAsync(await WriteAsync(exported, format), format);

        Assert.Empty(read.Errors);
        Assert.Equal(JsonSerializer.Serialize(exported.Offers, OfferImporter.Json), JsonSerializer.Serialize(read.Document!.Offers, OfferImporter.Json));
        Assert.Equal(JsonSerializer.Serialize(exported.Organizations, OfferImporter.Json),
            JsonSerializer.Serialize(read.Document.Organizations!.OrderBy(o => o.ExternalId, StringComparer.Ordinal), OfferImporter.Json));
        var result = await ImportAsync(read.Document);
        Assert.Empty(result.Errors);
        Assert.Equal((0, 0, exported.Offers.Count), (result.Created, result.Updated, result.Unchanged));
    }

    private static OfferRecord TrickyOffer() => new(
        "file-tricky", "file-org", "nationwide", null, null, ["advice", "grant"], [], [], [], ["onSite"], ["de", "ar"], true, "free",
        new ContactRecord("=Leitung", "+49 5531 707-0", "info@example.org", null),
        [new("-Zentrale", "Markt 1", "37603", "Holzminden", "Mo–Fr 9–12\r\nDo 14–18"), new("@Außenstelle", null, null, "Höxter", "\tnach Absprache")],
        "https://www.example.org/tricky", "published", new DateOnly(2026, 11, 25), "+Team", null, new DateOnly(2027, 1, 31),
        new()
        {
            ["de"] = new("+Gründung", Tricky, "# Überschrift\n\n- Liste, mit Komma\n- \"Zitat\"; Semikolon", "=SUMME(A1:A2)", "Apostroph 'mittendrin' bleibt, '= auch", "-10 %"),
            ["ar"] = new("استشارة التأسيس", "ملخص قصير، مع فاصلة؛ ومنقوطة.", null, null, null, null),
        });

    private static OfferDocument TrickyDocument() => new(OfferDocument.CurrentFormat,
        [new("file-org", "Organisation \"Anführung\", Komma", "network", "https://www.example.org")], [TrickyOffer()]);

    [Theory]
    [InlineData(OfferFileFormat.Csv)]
    [InlineData(OfferFileFormat.Xlsx)]
    public async Task TextsWithScriptsQuotesLineBreaksAndFormulaStarts_SurviveExactly(OfferFileFormat format)
    {
        var document = TrickyDocument();

        var read = await ReadAsync(await WriteAsync(document, format), format);

        Assert.Empty(read.Errors);
        var back = Assert.Single(read.Document!.Offers!);
        Assert.Equal(JsonSerializer.Serialize(TrickyOffer(), OfferImporter.Json), JsonSerializer.Serialize(back, OfferImporter.Json));
        Assert.Equal(Tricky, back.Translations!["de"].Summary);
        Assert.Equal(document.Organizations, read.Document.Organizations);
    }

    [Fact]
    public async Task Csv_IsWrittenWithBomAndProtectsFormulaStarts()
    {
        var bytes = await WriteAsync(TrickyDocument(), OfferFileFormat.Csv);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("externalId,provider,providerName,providerType,providerWebsite,scope,", text, StringComparison.Ordinal);
        Assert.Contains("\"'+49 5531 707-0\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'=SUMME(A1:A2)\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_WithSemicolonsAndWithoutBom_Reads()
    {
        var csv = "externalId;provider;scope;categories;languages;cost;url;interpreting;de.title;de.summary;de.description\r\n"
            + "file-semicolon;bundesagentur-fuer-arbeit;nationwide;advice;de;free;https://www.example.org/a;ja;Titel;\"Kurz; mit Semikolon, und Komma\";\"Zeile 1\r\n\"\"Zeile 2\"\"\"\r\n";

        var read = await ReadCsvAsync(csv);

        Assert.Empty(read.Errors);
        var offer = Assert.Single(read.Document!.Offers!);
        Assert.Equal(("file-semicolon", true), (offer.ExternalId, offer.Interpreting));
        Assert.Equal("Kurz; mit Semikolon, und Komma", offer.Translations!["de"].Summary);
        Assert.Equal("Zeile 1\r\n\"Zeile 2\"", offer.Translations["de"].Description);
        Assert.Empty((await ImportAsync(read.Document)).Errors);
    }

    [Fact]
    public async Task Csv_WithOneBadRow_ImportsNothing_AndNamesRowAndColumn()
    {
        var before = await factory.WithDbAsync(db => db.Offers.CountAsync());
        var csv = Header + "\n"
            + "file-good-1,file-new-org,Neue Organisation,network,nationwide,advice,de,free,https://www.example.org/1,2026-11-25,Erstes,Kurz.\n"
            + "file-bad-2,file-new-org,,,nationwide,advice,de,gratis,https://www.example.org/2,,Zweites,Kurz.\n";

        var (problems, result) = await ReadAndImportAsync(await ReadCsvAsync(csv, bom: true), dryRun: false);

        Assert.Equal(["Row 3 (file-bad-2), cost: must be one of: free, fee, partlySubsidised"], problems);
        Assert.False(result!.Applied);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Offers.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.ExternalId == "file-new-org")));
    }

    [Theory]
    [InlineData("contcat.phone", "x", "Row 1, contcat.phone: unknown column")]
    [InlineData("lastVerified", "2026-13-01", "Row 2 (file-check), lastVerified: \"2026-13-01\" is not a date as YYYY-MM-DD")]
    [InlineData("interpreting", "vielleicht", "Row 2 (file-check), interpreting: \"vielleicht\" is neither true nor false")]
    [InlineData("location2.postalCode", "3760", "Row 2 (file-check), location2.postalCode: five digits")]
    [InlineData("contact.phone", "05531 707-0", "Row 2 (file-check), contact.phone: international format, e.g. +49 5531 707-0")]
    [InlineData("de.title", "", "Row 2 (file-check), de.title: required, at most 200 characters")]
    [InlineData("providerType", "verein", "Row 2 (file-check), providerType: must be one of: chamber, employmentAgency, developmentBank, economicDevelopment, migrationAdvice, migrantOrganisation, network, university, municipality, other, bank")]
    public async Task Csv_Problems_NameRowAndColumn(string column, string value, string expected)
    {
        var cells = new Dictionary<string, string>
        {
            ["externalId"] = "file-check", ["provider"] = "file-check-org", ["providerName"] = "Prüforganisation", ["providerType"] = "network",
            ["scope"] = "nationwide", ["categories"] = "advice", ["languages"] = "de;tr", ["cost"] = "free", ["url"] = "https://www.example.org/check",
            ["de.title"] = "Prüfung", ["de.summary"] = "Kurz.",
        };
        cells[column] = value;
        var csv = string.Join(',', cells.Keys) + "\n" + string.Join(',', cells.Values) + "\n";

        var (problems, _) = await ReadAndImportAsync(await ReadCsvAsync(csv));

        Assert.Contains(expected, problems);
        Assert.Single(problems);
    }

    [Fact]
    public async Task Csv_MissingRequiredColumn_AndProvidersThatDisagree_AreNamed()
    {
        var missing = await ReadCsvAsync("externalId,provider,scope,categories,languages,cost,url,de.title\nx,y,nationwide,advice,de,free,https://www.example.org,T\n");
        Assert.Null(missing.Document);
        Assert.Equal(["Row 1, de.summary: required column is missing"], missing.Errors.Select(English));

        var csv = Header + "\n"
            + "file-same-1,file-same-org,Eine Organisation,network,nationwide,advice,de,free,https://www.example.org/1,,Eins,Kurz.\n"
            + "file-same-2,file-same-org,,,nationwide,advice,de,free,https://www.example.org/2,,Zwei,Kurz.\n"
            + "file-same-3,file-same-org,Eine andere Organisation,network,nationwide,advice,de,free,https://www.example.org/3,,Drei,Kurz.\n";
        var read = await ReadCsvAsync(csv);
        Assert.Equal(["Row 4 (file-same-3), providerName: differs from row 2 with the same provider"], read.Errors.Select(English));
    }

    [Fact]
    public async Task Csv_WithBrokenQuotingOrNotInUtf8_IsReportedNotThrown()
    {
        var quoting = await ReadCsvAsync(Header + "\nfile-q,\"unclosed,nationwide\n");
        Assert.Null(quoting.Document);
        Assert.Equal(["Row 2, CSV: a quotation mark is not closed or stands inside a value"], quoting.Errors.Select(English));

        var latin1 = Encoding.Latin1.GetBytes(Header + "\nfile-l,x,Größe,network,nationwide,advice,de,free,https://www.example.org,,Titel,Kurz.\n");
        var encoding = await ReadAsync(latin1, OfferFileFormat.Csv);
        Assert.Null(encoding.Document);
        Assert.Equal(["File, CSV: is not saved as UTF-8; choose “CSV UTF-8” in Excel"], encoding.Errors.Select(English));

        var notXlsx = await ReadAsync(Encoding.UTF8.GetBytes(Header), OfferFileFormat.Xlsx);
        Assert.Null(notXlsx.Document);
        Assert.StartsWith("File, XLSX: cannot be read: ", English(Assert.Single(notXlsx.Errors)), StringComparison.Ordinal);

        var notJson = await ReadAsync(Encoding.UTF8.GetBytes("{\"offers\": [{\"lastVerified\": \"soon\"}]}"), OfferFileFormat.Json);
        Assert.Null(notJson.Document);
        Assert.StartsWith("File, JSON: cannot be read: ", English(Assert.Single(notJson.Errors)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_FromASpreadsheetProgram_ReadsRealDatesNumbersAndSharedStrings_AndNamesRows()
    {
        var bytes = TestWorkbook.Create(
            ["provider", "externalId", "scope", "categories", "languages", "cost", "url", "de.title", "de.summary", "validFrom", "interpreting", "location1.postalCode"],
            [
                ["bundesagentur-fuer-arbeit", "file-xlsx-1", "nationwide", "advice", "de", "free", "https://www.example.org/x1", "Titel", "Kurz.", new DateOnly(2026, 11, 25), true, 37603],
                ["bundesagentur-fuer-arbeit", "file-xlsx-2", "nationwide", "advice", "de", "free", "https://www.example.org/x2", "Titel", "Kurz.", "2026-02-30", false, null],
            ]);

        var read = await ReadAsync(bytes, OfferFileFormat.Xlsx);

        Assert.Equal(["Row 3 (file-xlsx-2), validFrom: \"2026-02-30\" is not a date as YYYY-MM-DD"], read.Errors.Select(English));
        var first = read.Document!.Offers![0];
        Assert.Equal((new DateOnly(2026, 11, 25), true, "37603"), (first.ValidFrom, first.Interpreting, first.Locations![0].PostalCode));
        Assert.Equal("Kurz.", first.Translations!["de"].Summary);
    }

    [Fact]
    public async Task TheExampleFile_Imports()
    {
        await using var stream = File.OpenRead(Path.Combine(Browser.Tools.RepositoryRoot, "docs", "examples", "offers.csv"));

        var read = await OfferFileFormats.ReadAsync(stream, OfferFileFormat.Csv);
        var (problems, result) = await ReadAndImportAsync(read);

        Assert.Empty(problems);
        Assert.True(read.Document!.Offers!.Count >= 3);
        Assert.Equal(read.Document.Offers.Count, result!.Created + result.Updated + result.Unchanged);
        Assert.Contains(read.Document.Offers, o => o.Translations!.ContainsKey("ar") && o.Locations is { Count: > 0 });
    }

    [Theory]
    [InlineData("offers.json", OfferFileFormat.Json)]
    [InlineData("Angebote.CSV", OfferFileFormat.Csv)]
    [InlineData("/tmp/x.y/offers.Xlsx", OfferFileFormat.Xlsx)]
    [InlineData("offers.xls", null)]
    [InlineData("offers", null)]
    public void FromFileName_GoesByTheExtension(string name, OfferFileFormat? expected) =>
        Assert.Equal(expected, OfferFileFormats.FromFileName(name));
}
