using MigoekPortal.Web.Data;
using MigoekPortal.Web.Data.Seed;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Bench;

/// <summary>
/// Realistic offers for load: the seeded offers' real texts in all ten languages, recombined with
/// varied places and facets, from a fixed seed so every run searches the same data.
/// </summary>
internal static class OfferGenerator
{
    private static readonly string[] SpokenLanguages = ["de", "en", "ar", "fa", "tr", "ru", "uk", "pl"];

    private static readonly string[] Places = ["Cloppenburg", "Holzminden", "Eschwege", "Witzenhausen", "Löningen", "Friesoythe", "Bevern", "Sontra", "Hessisch Lichtenau", "Garrel"];

    public static async Task FillAsync(PortalDbContext db, int count, int seed)
    {
        var random = new Random(seed);
        var document = OfferSeeder.Load() ?? throw new InvalidOperationException("No seed offers.");
        var templates = document.Offers!;
        var districts = db.Districts.ToList();
        var organizations = document.Organizations!.Select(o => new Organization
        {
            ExternalId = o.ExternalId!, Name = o.Name!, Type = Enum.Parse<OrganizationType>(o.Type!, true), Website = o.Website,
        }).ToList();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync();

        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var template = templates[random.Next(templates.Count)];
                var place = Places[random.Next(Places.Length)];
                var scope = (OfferScope)random.Next(1, 4);
                var district = scope == OfferScope.District ? districts[random.Next(districts.Count)] : null;
                var offer = new Offer
                {
                    ExternalId = $"bench-{i}",
                    Url = template.Url!,
                    ProviderId = organizations[random.Next(organizations.Count)].Id,
                    Scope = scope,
                    State = scope == OfferScope.State ? (random.Next(2) == 0 ? FederalState.NI : FederalState.HE) : null,
                    DistrictId = district?.Id,
                    Categories = (OfferCategory)(1 << random.Next(9)) | (OfferCategory)(1 << random.Next(9)),
                    Topics = (OfferTopic)(1 << random.Next(10)),
                    Phases = (OfferPhase)(1 << random.Next(5)) | (OfferPhase)(1 << random.Next(5)),
                    TargetGroups = (TargetGroup)(1 << random.Next(7)),
                    DeliveryModes = (DeliveryMode)(1 << random.Next(4)),
                    Languages = string.Join(' ', SpokenLanguages.Where((_, k) => k == 0 || random.Next(4) == 0)),
                    Cost = (OfferCost)random.Next(1, 4),
                    Status = OfferStatus.Published,
                    UpdatedAtUtc = new DateTime(2026, 1, 1).AddMinutes(random.Next(500_000)),
                };
                foreach (var (culture, t) in template.Translations!)
                {
                    offer.Translations.Add(new OfferTranslation
                    {
                        Culture = culture, Title = $"{t.Title} – {place}", Summary = t.Summary!, Description = t.Description,
                        Eligibility = t.Eligibility, HowToApply = t.HowToApply, SourceRevision = 1,
                    });
                }
                db.Offers.Add(offer);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Filtered full-text queries: one or two words from real titles in a random language, plus one or two filters.</summary>
    public static IEnumerable<OfferQuery> Queries(int count, int seed)
    {
        var random = new Random(seed);
        var document = OfferSeeder.Load()!;
        var words = document.Offers!.SelectMany(o => o.Translations!.Select(t => (Culture: t.Key, Words: t.Value.Title!.Split(' ').Where(w => w.Length > 4).ToArray())))
            .Where(x => x.Words.Length > 0).ToList();
        string[] districts = ["cloppenburg", "holzminden", "werra-meissner"];
        for (var i = 0; i < count; i++)
        {
            var (culture, titleWords) = words[random.Next(words.Count)];
            var text = string.Join(' ', titleWords.OrderBy(_ => random.Next()).Take(random.Next(1, 3)));
            yield return new OfferQuery
            {
                Text = text,
                Culture = Cultures.IsSupported(culture) ? culture : "de",
                District = districts[random.Next(districts.Length)],
                Category = random.Next(2) == 0 ? (OfferCategory)(1 << random.Next(9)) : null,
                Page = 1,
                PageSize = 20,
            };
        }
    }
}
