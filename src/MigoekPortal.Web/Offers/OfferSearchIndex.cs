using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// The search over published offers, in memory and provider-independent. Built from the database on first use
/// (or at start-up); after <see cref="Invalidate"/> (called whenever offers change) rebuilt in the background
/// while searches are answered from the previous snapshot, which the new one replaces when it is ready.
/// </summary>
public sealed partial class OfferSearchIndex(IServiceScopeFactory scopes, IOptions<OfferSearchOptions> options, ILogger<OfferSearchIndex> logger)
    : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _maxStaleWait = options.Value.MaxStaleWait;

    // Invalidate() counts generations; a snapshot remembers the generation its build started at and is current
    // while no invalidation has come since. Guarded by _gate, except for reading.
    private long _generation;
    private volatile Published? _published;
    private bool _inUse;
    private Task? _build;
    private TaskCompletionSource<Exception?> _changed = NewSignal();

    private sealed record Published(OfferIndexSnapshot Snapshot, long Generation);

    /// <summary>Test hook: awaited at the start of every build, so that a test can hold one.</summary>
    internal Func<Task>? BeforeBuild { get; set; }

    /// <summary>Offers have changed. Once the index is in use, a new snapshot is built in the background.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            if (_inUse) StartBuild();
        }
    }

    /// <summary>Starts building in the background, so that the first search need not wait.</summary>
    public void WarmUp()
    {
        lock (_gate) StartBuild();
    }

    public async Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).Search(query);

    /// <summary>Completes when a snapshot at least as new as the latest <see cref="Invalidate"/> is in place.</summary>
    /// <exception cref="InvalidOperationException">A build failed meanwhile.</exception>
    public async Task WhenCurrentAsync(CancellationToken ct = default)
    {
        if (await WaitAsync(() => IsCurrent(_published), ct) is { } failure) throw BuildFailed(failure);
    }

    /// <summary>
    /// The current snapshot; a previous one while a rebuild is pending (after waiting up to
    /// <see cref="OfferSearchOptions.MaxStaleWait"/> for the rebuild). Waits only when there is none yet.
    /// </summary>
    internal async Task<OfferIndexSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        var published = _published;
        if (IsCurrent(published)) return published!.Snapshot;
        if (published is null)
        {
            return await WaitAsync(() => _published is not null, ct) is { } failure ? throw BuildFailed(failure) : _published!.Snapshot;
        }
        if (_maxStaleWait > TimeSpan.Zero)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_maxStaleWait);
            try
            {
                await WaitAsync(() => IsCurrent(_published), timeout.Token); // a failed build is logged; the old snapshot answers
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // Waited long enough: the previous snapshot answers.
            }
        }
        else
        {
            lock (_gate) StartBuild(); // normally running already; again after a failed build
        }
        return _published!.Snapshot;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping.Cancel();
            Signal(new ObjectDisposedException(nameof(OfferSearchIndex)));
        }
    }

    private bool IsCurrent(Published? published) => published is not null && published.Generation >= Volatile.Read(ref _generation);

    private static TaskCompletionSource<Exception?> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static InvalidOperationException BuildFailed(Exception failure) => new("The offer search index could not be built.", failure);

    /// <summary>Waits until <paramref name="done"/>, making sure a build runs meanwhile; returns the failure of a build that ended without it.</summary>
    private async Task<Exception?> WaitAsync(Func<bool> done, CancellationToken ct)
    {
        while (true)
        {
            Task<Exception?> changed;
            lock (_gate)
            {
                if (done()) return null;
                ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
                StartBuild();
                changed = _changed.Task;
            }
            if (await changed.WaitAsync(ct) is { } failure) return failure;
        }
    }

    /// <summary>Under <see cref="_gate"/>: one build at a time, and none while the snapshot is current.</summary>
    private void StartBuild()
    {
        _inUse = true;
        if (_build is null && !IsCurrent(_published) && !_stopping.IsCancellationRequested) _build = Task.Run(BuildUntilCurrentAsync);
    }

    /// <summary>Builds and publishes snapshots until one is current: invalidations during a build cause exactly one more.</summary>
    private async Task BuildUntilCurrentAsync()
    {
        while (true)
        {
            long generation;
            lock (_gate) generation = _generation;
            Published? built = null;
            Exception? failure = null;
            try
            {
                built = new Published(await BuildAsync(_stopping.Token), generation);
            }
            catch (Exception e) // whatever it is: logged and handed to waiting searches; the previous snapshot stays
            {
                failure = e;
                if (!_stopping.IsCancellationRequested) LogBuildFailed(logger, e);
            }
            lock (_gate)
            {
                if (built is not null) _published = built;
                var again = built is not null && !IsCurrent(built) && !_stopping.IsCancellationRequested;
                if (!again) _build = null;
                Signal(failure);
                if (!again) return;
            }
        }
    }

    /// <summary>Under <see cref="_gate"/>: wakes everyone waiting for a snapshot or a failure.</summary>
    private void Signal(Exception? failure)
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.SetResult(failure);
    }

    private async Task<OfferIndexSnapshot> BuildAsync(CancellationToken ct)
    {
        if (BeforeBuild is { } hold) await hold();
        var clock = Stopwatch.StartNew();
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
        var snapshot = new OfferIndexSnapshot(documents, districtStates);
        LogBuilt(logger, snapshot.Count, clock.ElapsedMilliseconds);
        return snapshot;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Offer search index built: {Offers} offers in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int offers, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the offer search index failed; searches keep the previous index until the next search or change tries again")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception);
}
