using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Dashboard;

/// <summary>
/// Counts what needs attention per district and in the central content. The dashboard and the weekly
/// digest both read it, so an e-mail never says something the dashboard does not.
/// </summary>
public sealed class AttentionQuery(PortalDbContext db)
{
    public const int ConsentWarningDays = 30;

    /// <summary>One report per district in <paramref name="districtIds"/> (by name), then the central content if asked for.</summary>
    public async Task<IReadOnlyList<AttentionReport>> ForAsync(IReadOnlyCollection<int> districtIds, bool central, DateOnly today, CancellationToken ct = default)
    {
        var ids = districtIds.ToList();
        var staleBefore = today.AddMonths(-12);
        var now = today.ToDateTime(TimeOnly.MinValue);

        var offers = await db.Offers.AsNoTracking()
            .Where(o => (o.DistrictId != null && ids.Contains(o.DistrictId.Value)) || (central && o.DistrictId == null))
            .Select(o => new Item(o.DistrictId, o.SourceRevision, o.Status == OfferStatus.Draft, o.LastVerifiedOn == null || o.LastVerifiedOn < staleBefore,
                o.Translations.Select(t => new Text(t.Culture, t.SourceRevision)).ToList()))
            .ToListAsync(ct);
        var stories = await db.Stories.AsNoTracking()
            .Where(s => (s.DistrictId != null && ids.Contains(s.DistrictId.Value)) || (central && s.DistrictId == null))
            .Select(s => new { s.DistrictId, s.SourceRevision, s.Status, s.ConsentExpiresOn, Texts = s.Translations.Select(t => new Text(t.Culture, t.SourceRevision)).ToList() })
            .ToListAsync(ct);
        // Only events still to come: nobody translates last month's workshop.
        var events = await db.Events.AsNoTracking()
            .Where(e => e.End >= now && ((e.DistrictId != null && ids.Contains(e.DistrictId.Value)) || (central && e.DistrictId == null)))
            .Select(e => new Item(e.DistrictId, e.SourceRevision, false, false, e.Translations.Select(t => new Text(t.Culture, t.SourceRevision)).ToList()))
            .ToListAsync(ct);
        var sections = await (from s in db.BrochureSections.AsNoTracking()
                              join b in db.Brochures on s.BrochureId equals b.Id
                              where ids.Contains(b.DistrictId)
                              select new Item(b.DistrictId, s.SourceRevision, false, false, s.Translations.Select(t => new Text(t.Culture, t.SourceRevision)).ToList()))
            .ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => (o.DistrictId != null && ids.Contains(o.DistrictId.Value)) || (central && o.DistrictId == null))
            .ToListAsync(ct);
        var districts = await db.Districts.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Name).ToListAsync(ct);

        var scopes = districts.Select(d => new AttentionReport(d.Id, d.Slug, d.Name) { OfficeMissingFields = d.Office.MissingFields() }).ToList();
        if (central) scopes.Add(new AttentionReport(null, null, ""));
        return scopes.Select(r =>
        {
            var storyItems = stories.Where(s => s.DistrictId == r.DistrictId).ToList();
            return r with
            {
                OfferDrafts = offers.Count(o => o.DistrictId == r.DistrictId && o.Draft),
                StoryDrafts = storyItems.Count(s => s.Status == OfferStatus.Draft),
                StaleOffers = offers.Count(o => o.DistrictId == r.DistrictId && o.Stale),
                OrganizationsMissingContact = organizations.Count(o => o.DistrictId == r.DistrictId && o.MissingContactFields().Count > 0),
                ConsentsExpired = storyItems.Count(s => s.ConsentExpiresOn is { } e && e < today),
                ConsentsExpiringSoon = storyItems.Count(s => s.ConsentExpiresOn is { } e && e >= today && e < today.AddDays(ConsentWarningDays)),
                Translations = [.. Cultures.All.Where(c => c != Cultures.Default).Select(c => new LanguageTranslations(c, new Dictionary<ContentKind, TranslationCounts>
                {
                    [ContentKind.Offers] = Count(offers.Where(o => o.DistrictId == r.DistrictId).Select(o => (o.SourceRevision, o.Texts)), c),
                    [ContentKind.Events] = Count(events.Where(e => e.DistrictId == r.DistrictId).Select(e => (e.SourceRevision, e.Texts)), c),
                    [ContentKind.Stories] = Count(storyItems.Select(s => (s.SourceRevision, s.Texts)), c),
                    [ContentKind.BrochureSections] = Count(sections.Where(s => s.DistrictId == r.DistrictId).Select(s => (s.SourceRevision, s.Texts)), c),
                }))],
            };
        }).ToList();
    }

    private static TranslationCounts Count(IEnumerable<(int SourceRevision, List<Text> Texts)> items, string culture)
    {
        int current = 0, outdated = 0, missing = 0;
        foreach (var (revision, texts) in items)
        {
            var text = texts.FirstOrDefault(t => t.Culture == culture);
            if (text is null) missing++;
            else if (text.SourceRevision < revision) outdated++;
            else current++;
        }
        return new(current, outdated, missing);
    }

    private sealed record Text(string Culture, int SourceRevision);

    private sealed record Item(int? DistrictId, int SourceRevision, bool Draft, bool Stale, List<Text> Texts);
}
