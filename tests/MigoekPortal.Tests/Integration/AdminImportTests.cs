using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Tests.Integration;

public sealed class AdminImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, bool dryRun)
    {
        var token = Html.AntiforgeryToken(await client.GetPageAsync("/admin/offers/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        if (dryRun) form.Add(new StringContent("true"), "dryRun");
        return await client.PostAsync("/admin/offers/import", form);
    }

    private static OfferRecord Offer(string id, string? district, string title = "Beratung im Landkreis") => new(
        id, "test-upload-org", district is null ? "nationwide" : "district", null, district, ["advice"], null, null, null, null, ["de"], null, "free",
        null, null, "https://www.example.org/" + id, null, null, null, null, null,
        new() { ["de"] = new(title, "Eine kurze Zusammenfassung.", null, null, null, null) });

    private static byte[] Json(params OfferRecord[] offers) => JsonSerializer.SerializeToUtf8Bytes(
        new OfferDocument(OfferDocument.CurrentFormat, [new("test-upload-org", "Organisation für Upload-Tests", "network", null)], [.. offers]), OfferImporter.Json);

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Offers.CountAsync());

    [Fact]
    public async Task Upload_OwnDistrict_DryRunShowsWhatWouldChange_ThenTheRealRunImports()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var file = Json(Offer("upload-own-1", "holzminden"), Offer("upload-own-2", "holzminden", "Zweites Angebot im Landkreis"));
        var before = await CountAsync();

        var dry = await (await UploadAsync(client, "angebote.json", file, dryRun: true)).Content.ReadAsStringAsync();

        Assert.Contains("Probelauf: nichts wurde gespeichert", dry);
        Assert.Contains("upload-own-1, upload-own-2", dry);
        Assert.Equal(before, await CountAsync());

        var real = await UploadAsync(client, "angebote.json", file, dryRun: false);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Contains("Import abgeschlossen", await real.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, await CountAsync());
    }

    [Theory]
    [InlineData("cloppenburg")]
    [InlineData(null)]
    public async Task Upload_TouchingAnotherDistrictOrCentralOffers_ReturnsForbidden_AndImportsNothing(string? district)
    {
        var client = await factory.SignedInClientAsync(Editor);
        var before = await CountAsync();

        var response = await UploadAsync(client, "angebote.json", Json(Offer("upload-own-3", "holzminden"), Offer("upload-foreign", district)), dryRun: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Angebot 2 (upload-foreign)", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Upload_ExistingOfferOfAnotherDistrict_MovedIntoOwnDistrict_ReturnsForbidden_AndChangesNothing()
    {
        var foreign = await factory.WithDbAsync(db => db.Offers.AsNoTracking().FirstAsync(o => o.District!.Slug == "cloppenburg"));
        var client = await factory.SignedInClientAsync(Editor);

        var response = await UploadAsync(client, "angebote.json", Json(Offer(foreign.ExternalId, "holzminden", "Übernommen")), dryRun: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == foreign.Id));
        Assert.Equal((foreign.Version, foreign.DistrictId), (after.Version, after.DistrictId));
    }

    [Fact]
    public async Task Upload_CsvWithOneBadRow_NamesRowAndColumn_AndImportsNothing()
    {
        var client = await factory.SignedInClientAsync("admin@demo.example");
        var stream = new MemoryStream();
        await OfferFileFormats.WriteAsync(stream, new OfferDocument(OfferDocument.CurrentFormat, [new("test-upload-org", "Organisation für Upload-Tests", "network", null)],
            [Offer("upload-csv-1", "holzminden"), Offer("upload-csv-2", "holzminden") with { Cost = "gratis" }]), OfferFileFormat.Csv);
        var before = await CountAsync();

        var response = await UploadAsync(client, "liste.csv", stream.ToArray(), dryRun: false);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nichts wurde importiert", html);
        Assert.Matches("Zeile 3 \\(upload-csv-2\\), cost", html);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("liste.txt", "Diese Dateiart wird nicht unterstützt.")]
    [InlineData("liste.json", "Nichts wurde importiert")]
    public async Task Upload_WrongTypeOrUnreadableFile_ShowsAClearMessage(string fileName, string message)
    {
        var client = await factory.SignedInClientAsync(Editor);
        var response = await UploadAsync(client, fileName, Encoding.UTF8.GetBytes("{ this is not json"), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_Csv_HoldsOnlyTheUsersOffers()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var response = await client.GetAsync("/admin/offers/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var read = await OfferFileFormats.ReadAsync(await response.Content.ReadAsStreamAsync(), OfferFileFormat.Csv);
        var own = await factory.WithDbAsync(db => db.Offers.CountAsync(o => o.District!.Slug == "holzminden"));
        Assert.Equal(own, read.Document!.Offers!.Count);
        Assert.All(read.Document.Offers, o => Assert.Equal("holzminden", o.District));
    }
}
