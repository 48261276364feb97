using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// The search over published offers, in memory and provider-independent. Built from the database on
/// first use and again after <see cref="Invalidate"/> (called whenever offers change).
/// </summary>
public sealed class OfferSearchIndex(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile OfferIndexSnapshot? _snapshot;

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _building.Dispose();

    public async Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).Search(query);

    internal async Task<OfferIndexSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        if (_snapshot is { } ready) return ready;
        await _building.WaitAsync(ct);
        try
        {
            return _snapshot ??= await BuildAsync(ct);
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<OfferIndexSnapshot> BuildAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var districtStates = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Slug, d => d.State, ct);
        var offers = await db.Offers.AsNoTracking().AsSplitQuery()
            .Where(o => o.Status == OfferStatus.Published)
            .Include(o => o.Provider).Include(o => o.District).Include(o => o.Translations)
            .ToListAsync(ct);
        var documents = offers.Select(o => (
            new IndexedOffer(o.Id, o.ExternalId, Slugs.From(o.Translations.FirstOrDefault(t => t.Culture == "de")?.Title ?? o.ExternalId), o.Scope, o.State, o.District?.Slug, o.District?.Name, o.District?.State,
                o.Categories, o.Topics, o.Phases, o.TargetGroups, o.DeliveryModes, [.. o.LanguageCodes()], o.Cost,
                o.LastVerifiedOn, o.UpdatedAtUtc, o.Provider?.Name ?? "",
                o.Translations.ToDictionary(t => t.Culture, t => (t.Title, t.Summary))),
            Fields(o))).ToList();
        return new OfferIndexSnapshot(documents, districtStates);
    }

    private static IEnumerable<(string Text, float Weight)> Fields(Offer o)
    {
        yield return (o.Provider?.Name ?? "", 1.5f);
        foreach (var t in o.Translations)
        {
            yield return (t.Title, 3f);
            yield return (t.Summary, 2f);
            yield return (t.Description ?? "", 1f);
            yield return (t.Eligibility ?? "", 0.8f);
            yield return (t.HowToApply ?? "", 0.5f);
        }
    }
}
