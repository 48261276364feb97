using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Offers;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Tests.Integration;

/// <summary>
/// The index lifecycle against the real portal: a test holds a build through the index's test hook instead of
/// sleeping, so "while a rebuild is pending" is a state the test controls.
/// </summary>
public sealed class OfferSearchIndexRebuildTests(OfferSearchIndexRebuildTests.NoWaitFactory noWait, PortalFactory waiting)
    : IClassFixture<OfferSearchIndexRebuildTests.NoWaitFactory>, IClassFixture<PortalFactory>
{
    /// <summary>The portal with the default <c>Search:MaxStaleWait</c> of zero: searches never wait for a rebuild.</summary>
    public sealed class NoWaitFactory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Search:MaxStaleWait", "00:00:00");
        }
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Search_WhileRebuildIsPending_AnswersFromThePreviousSnapshot_ThenFindsTheChange()
    {
        var index = await CurrentIndexAsync(noWait);
        using var hold = new BuildHold(index);

        await ImportAsync(noWait, "rebuild-pending", "Quastenflosser beraten Gründer");
        await hold.Started(1).WaitAsync(Patience);

        var during = await index.SearchAsync(new OfferQuery { Text = "Quastenflosser" }).WaitAsync(Patience);
        var seeded = await index.SearchAsync(new OfferQuery { Text = "Kredit" }).WaitAsync(Patience);
        Assert.Equal(0, during.Total);
        Assert.True(seeded.Total > 0);

        hold.Release();
        await index.WhenCurrentAsync().WaitAsync(Patience);
        var after = await index.SearchAsync(new OfferQuery { Text = "Quastenflosser" });
        Assert.Equal("rebuild-pending", Assert.Single(after.Items).ExternalId);
    }

    [Fact]
    public async Task TwoInvalidations_DuringOneBuild_LeadToExactlyOneMoreBuild_WithBothChanges()
    {
        var index = await CurrentIndexAsync(noWait);
        using var hold = new BuildHold(index);

        await ImportAsync(noWait, "rebuild-first", "Pfeilschwanzkrebse erklären Förderkredite");
        await hold.Started(1).WaitAsync(Patience);
        await ImportAsync(noWait, "rebuild-second", "Schnabeltiere erklären Förderkredite");
        await ImportAsync(noWait, "rebuild-third", "Pfeilgiftfrösche erklären Förderkredite");
        hold.Release();
        await hold.Started(2).WaitAsync(Patience); // by itself: nothing here searches or waits
        await index.WhenCurrentAsync().WaitAsync(Patience);

        Assert.Equal(2, hold.Builds);
        foreach (var (word, externalId) in new[] { ("Pfeilschwanzkrebse", "rebuild-first"), ("Schnabeltiere", "rebuild-second"), ("Pfeilgiftfrösche", "rebuild-third") })
        {
            Assert.Equal(externalId, Assert.Single((await index.SearchAsync(new OfferQuery { Text = word })).Items).ExternalId);
        }
    }

    [Fact]
    public async Task Search_WithMaxStaleWait_WaitsForThePendingRebuild_AndSeesTheChange()
    {
        var index = await CurrentIndexAsync(waiting);
        using var hold = new BuildHold(index);

        await ImportAsync(waiting, "rebuild-waited-for", "Seeanemonen gründen Genossenschaften");
        await hold.Started(1).WaitAsync(Patience);
        var search = index.SearchAsync(new OfferQuery { Text = "Seeanemonen" });
        Assert.False(search.IsCompleted);

        hold.Release();
        var result = await search.WaitAsync(Patience);
        Assert.Equal("rebuild-waited-for", Assert.Single(result.Items).ExternalId);
    }

    [Fact]
    public async Task FailedBuild_KeepsThePreviousSnapshot_AndTheNextSearchTriesAgain()
    {
        var index = await CurrentIndexAsync(noWait);
        index.BeforeBuild = () => throw new InvalidOperationException("database unreachable");
        await ImportAsync(noWait, "rebuild-after-failure", "Flughunde vermitteln Mikrokredite");
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => index.WhenCurrentAsync().WaitAsync(Patience));
        Assert.Equal("database unreachable", failure.InnerException?.Message);

        using var hold = new BuildHold(index); // from here builds succeed, once released
        var during = await index.SearchAsync(new OfferQuery { Text = "Flughunde" }).WaitAsync(Patience);
        Assert.Equal(0, during.Total);
        Assert.True((await index.SearchAsync(new OfferQuery { Text = "Kredit" }).WaitAsync(Patience)).Total > 0);
        await hold.Started(1).WaitAsync(Patience); // the search started the retry

        hold.Release();
        await index.WhenCurrentAsync().WaitAsync(Patience);
        Assert.Equal(1, hold.Builds);
        Assert.Single((await index.SearchAsync(new OfferQuery { Text = "Flughunde" })).Items);
    }

    [Fact]
    public async Task FailedFirstBuild_FailsTheWaitingSearch_AndTheNextSearchBuildsAgain()
    {
        using var index = new OfferSearchIndex(noWait.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new OfferSearchOptions()), NullLogger<OfferSearchIndex>.Instance)
        {
            BeforeBuild = () => throw new InvalidOperationException("database unreachable"),
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => index.SearchAsync(new OfferQuery()).WaitAsync(Patience));

        index.BeforeBuild = null;
        Assert.True((await index.SearchAsync(new OfferQuery { Text = "Kredit" }).WaitAsync(Patience)).Total > 0);
    }

    private static async Task<OfferSearchIndex> CurrentIndexAsync(PortalFactory factory)
    {
        var index = factory.Services.GetRequiredService<OfferSearchIndex>();
        await index.WhenCurrentAsync().WaitAsync(Patience);
        return index;
    }

    /// <summary>Imports one nationwide offer with a German title; the importer invalidates the index.</summary>
    private static async Task ImportAsync(PortalFactory factory, string externalId, string title)
    {
        using var scope = factory.Services.CreateScope();
        var document = new OfferDocument(OfferDocument.CurrentFormat, [new("rebuild-org", "Organisation für Indextests", "other", null)],
        [
            new(externalId, "rebuild-org", "nationwide", null, null, ["advice"], null, null, null, null, ["de"], null, "free", null, null,
                $"https://www.example.org/{externalId}", null, null, null, null, null,
                new() { ["de"] = new(title, "Ein Angebot, das nur diese Tests anlegen.", null, null, null, null) }),
        ]);
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<OfferImporter>().ImportAsync(document, dryRun: false)).Errors);
    }

    /// <summary>Holds every build of the index at its start until <see cref="Release"/>, counting them.</summary>
    private sealed class BuildHold : IDisposable
    {
        private readonly OfferSearchIndex _index;
        private readonly TaskCompletionSource[] _started = [.. Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _builds;

        public BuildHold(OfferSearchIndex index)
        {
            _index = index;
            index.BeforeBuild = async () =>
            {
                var build = Interlocked.Increment(ref _builds);
                if (build < _started.Length) _started[build].TrySetResult();
                await _released.Task;
            };
        }

        /// <summary>Completes when the <paramref name="build"/>th build (from 1) has started.</summary>
        public Task Started(int build) => _started[build].Task;

        public int Builds => Volatile.Read(ref _builds);

        public void Release() => _released.TrySetResult();

        public void Dispose()
        {
            _index.BeforeBuild = null;
            _released.TrySetResult();
        }
    }
}
