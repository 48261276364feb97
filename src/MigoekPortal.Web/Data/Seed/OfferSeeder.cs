using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>
/// Seeds the offer database on first start from the files in <c>Data/Seed/Content</c>, through the same
/// importer staff use: <c>offers.json</c> (organisations, offers, German texts) and <c>offers.{culture}.json</c>
/// (translations keyed by external id).
/// </summary>
public sealed class OfferSeeder(PortalDbContext db, OfferImporter importer)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Offers.AnyAsync(ct)) return;
        var document = Load();
        if (document is null) return;
        var result = await importer.ImportAsync(document, dryRun: false, ct: ct);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException("The seed offers do not validate: " + string.Join("; ", result.Errors));
        }
    }

    /// <summary>The seed document with all translations merged in; null when the content files are missing.</summary>
    public static OfferDocument? Load()
    {
        using var main = Resource("offers.json");
        if (main is null) return null;
        var document = JsonSerializer.Deserialize<OfferDocument>(main, OfferImporter.Json)!;
        foreach (var culture in Cultures.All.Where(c => c != Cultures.Default))
        {
            using var stream = Resource($"offers.{culture}.json");
            if (stream is null) continue;
            var texts = JsonSerializer.Deserialize<Dictionary<string, OfferTexts>>(stream, OfferImporter.Json)!;
            foreach (var offer in document.Offers ?? [])
            {
                if (offer.ExternalId is not null && texts.TryGetValue(offer.ExternalId, out var t)) offer.Translations![culture] = t;
            }
        }
        return document;
    }

    private static Stream? Resource(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigoekPortal.Web.Data.Seed.Content.{file}");
}
