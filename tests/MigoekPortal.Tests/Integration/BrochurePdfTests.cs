using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Tests.Browser;

namespace MigoekPortal.Tests.Integration;

/// <summary>The brochure PDFs as Chromium prints them, read back with poppler's pdftotext and pdffonts.</summary>
public sealed class BrochurePdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(byte[] Bytes, string Text)> PdfAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes, await PopplerAsync("pdftotext", bytes, "-"));
    }

    private static async Task<string> PopplerAsync(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add(file);
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>pdftotext gives Arabic back with direction marks and lam-alef ligatures in visual order; compare without those.</summary>
    private static string ArabicKey(string text) =>
        new(text.Where(c => char.IsLetter(c) && c is not ('ل' or 'ا' or 'أ' or 'إ' or 'آ' or 'ى')).ToArray());

    [PdfFact]
    public async Task GermanPdf_HasTheDistrictAndTheStand_WithEmbeddedFonts()
    {
        var (bytes, text) = await PdfAsync("/de/districts/holzminden/brochure.pdf");

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Contains("Gründen im Landkreis Holzminden", text);
        Assert.Contains("Stand: 25.11.2026", text);
        var fonts = (await PopplerAsync("pdffonts", bytes)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+yes\s+yes\b", line)); // embedded, subset, unicode map: text can be copied
    }

    [PdfFact]
    public async Task EveryDistrictAndCulture_DownloadsAPdf_WithEveryFontEmbedded()
    {
        foreach (var district in new[] { "cloppenburg", "holzminden", "werra-meissner" })
        {
            foreach (var culture in MigoekPortal.Web.Localization.Cultures.All)
            {
                var (bytes, text) = await PdfAsync($"/{culture}/districts/{district}/brochure.pdf");
                Assert.False(string.IsNullOrWhiteSpace(text), $"{district}/{culture}: no text");
                var fonts = (await PopplerAsync("pdffonts", bytes)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
                Assert.NotEmpty(fonts);
                Assert.All(fonts, line => Assert.Matches(@"\byes\s+yes\s+yes\b", line));
            }
        }
    }

    [PdfFact]
    public async Task ArabicPdf_HasTheArabicSectionHeadings()
    {
        var titles = await factory.WithDbAsync(db => db.BrochureSectionTranslations
            .Where(t => t.Culture == "ar" && db.BrochureSections.Any(x => x.Id == t.SectionId && db.Brochures.Any(b => b.Id == x.BrochureId && b.District!.Slug == "cloppenburg")))
            .Select(t => t.Title).ToListAsync());
        Assert.Equal(10, titles.Count);

        var (_, text) = await PdfAsync("/ar/districts/cloppenburg/brochure.pdf");

        var extracted = ArabicKey(text);
        Assert.All(titles, title => Assert.Contains(ArabicKey(title), extracted));
        Assert.DoesNotContain("Diesen Abschnitt gibt es noch nicht", text);
    }

    [PdfFact]
    public async Task BilingualPdf_HasBothLanguages()
    {
        var (_, text) = await PdfAsync("/ar/districts/werra-meissner/brochure-bilingual.pdf");
        Assert.Contains("Gründen im Werra-Meißner-Kreis", text);
        Assert.Contains("Aufenthalt und Selbstständigkeit", text);
        var arabic = await factory.WithDbAsync(db => db.BrochureSectionTranslations.Where(t => t.Culture == "ar"
            && db.BrochureSections.Any(x => x.Id == t.SectionId && x.Key == "residence" && db.Brochures.Any(b => b.Id == x.BrochureId && b.District!.Slug == "werra-meissner")))
            .Select(t => t.Title).SingleAsync());
        Assert.Contains(ArabicKey(arabic), ArabicKey(text));
    }

    [PdfFact]
    public async Task SecondRequest_IsServedFromTheCache_AndAChangedContactPrintsAnew()
    {
        const string url = "/de/districts/werra-meissner/brochure.pdf";
        var (first, _) = await PdfAsync(url);
        var cached = Directory.GetFiles(factory.PdfCache).ToHashSet();
        var (second, _) = await PdfAsync(url);
        Assert.Equal(first, second);
        Assert.Equal(cached, Directory.GetFiles(factory.PdfCache).ToHashSet());

        var organization = await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.ExternalId == "auslaenderbehoerde-werra-meissner-kreis"));
        var client = await factory.SignedInClientAsync("werra-meissner@demo.example");
        var page = $"/admin/organizations/{organization.Id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await (await Forms.ReadAsync(client, page, page)).Set("Input.Phone", "05651 302-999").PostAsync(client)).StatusCode);

        var (_, text) = await PdfAsync(url);
        Assert.Contains("05651 302-999", text);
        Assert.Equal(cached.Count + 1, Directory.GetFiles(factory.PdfCache).Length);
    }
}
