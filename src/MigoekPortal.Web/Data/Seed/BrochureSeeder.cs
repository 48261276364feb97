using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Brochures;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>
/// Seeds the three district brochures on first start from <c>brochures.json</c> (contacts and German sections)
/// and <c>brochures.{culture}.json</c> (translations by district and section key), and publishes their first edition.
/// </summary>
public sealed class BrochureSeeder(PortalDbContext db, BrochurePublisher publisher)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Brochures.AnyAsync(ct)) return;
        using var stream = Resource("brochures.json");
        if (stream is null) return;
        var seed = JsonSerializer.Deserialize<BrochureSeed>(stream, Json)!;
        var districts = await db.Districts.ToDictionaryAsync(d => d.Slug, ct);
        await SeedOrganizationsAsync(seed.Organizations, districts, ct);

        var translations = Cultures.All.Where(c => c != Cultures.Default).ToDictionary(c => c, LoadTranslations);
        foreach (var item in seed.Brochures)
        {
            var brochure = new Brochure { DistrictId = districts[item.District].Id };
            foreach (var (section, position) in item.Sections.Select((s, i) => (s, i)))
            {
                var entity = new BrochureSection { Key = section.Key, Position = position };
                entity.Translations.Add(new BrochureSectionTranslation { Culture = Cultures.Default, Title = section.Title, Body = section.Body, SourceRevision = 1 });
                foreach (var (culture, texts) in translations)
                {
                    if (texts.GetValueOrDefault(item.District)?.GetValueOrDefault(section.Key) is { } t)
                        entity.Translations.Add(new BrochureSectionTranslation { Culture = culture, Title = t.Title, Body = t.Body, SourceRevision = 1 });
                }
                brochure.Sections.Add(entity);
            }
            db.Brochures.Add(brochure);
            await db.SaveChangesAsync(ct);
            await publisher.PublishAsync(brochure, item.AsOf, "system", ct);
        }
    }

    /// <summary>New contacts are added; known ones get the contact data and district the seed knows, never losing what staff entered.</summary>
    private async Task SeedOrganizationsAsync(IEnumerable<OrganizationSeed> organizations, Dictionary<string, Domain.District> districts, CancellationToken ct)
    {
        var known = await db.Organizations.ToDictionaryAsync(o => o.ExternalId, ct);
        foreach (var o in organizations)
        {
            if (!known.TryGetValue(o.ExternalId, out var org))
            {
                org = new Organization { ExternalId = o.ExternalId, Name = o.Name, Type = Enum.Parse<OrganizationType>(o.Type, ignoreCase: true) };
                known[o.ExternalId] = org;
                db.Organizations.Add(org);
            }
            org.Website ??= o.Website;
            org.DistrictId ??= o.District is null ? null : districts[o.District].Id;
            org.Street ??= o.Street;
            org.PostalCode ??= o.PostalCode;
            org.City ??= o.City;
            org.Phone ??= o.Phone;
            org.Email ??= o.Email;
            org.OpeningHours ??= o.OpeningHours;
        }
        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, Dictionary<string, TextSeed>> LoadTranslations(string culture)
    {
        using var stream = Resource($"brochures.{culture}.json");
        return stream is null ? [] : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, TextSeed>>>(stream, Json)!;
    }

    private static Stream? Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigoekPortal.Web.Data.Seed.Content.{name}");

    private sealed record BrochureSeed(List<OrganizationSeed> Organizations, List<BrochureItemSeed> Brochures);

    private sealed record OrganizationSeed(
        string ExternalId, string Name, string Type, string? District, string? Website,
        string? Street, string? PostalCode, string? City, string? Phone, string? Email, string? OpeningHours);

    private sealed record BrochureItemSeed(string District, DateOnly AsOf, List<SectionSeed> Sections);

    private sealed record SectionSeed(string Key, string Title, string Body);

    private sealed record TextSeed(string Title, string Body);
}
