using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Bench;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Data.Seed;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Offers;

// Offer search benchmark: 10,000 generated offers with texts in ten languages (fixed seed) in a
// SQLite file, then filtered full-text queries against the search index, timed one by one: on an
// idle index and while it rebuilds in the background after a change.
// Run: dotnet run -c Release --project tests/bench/MigoekPortal.Bench [-- OFFERS QUERIES]
var offerCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var queryCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
var database = Path.Combine(Path.GetTempPath(), $"migoek-bench-{Guid.NewGuid():N}.db");

var services = new ServiceCollection()
    .AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => o.UseSqlite($"Data Source={database}"))
    .AddLogging()
    .AddSingleton<OfferSearchIndex>()
    .BuildServiceProvider();
try
{
    using (var scope = services.CreateScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        await new ContentSeeder(db).SeedAsync();
        var clock = Stopwatch.StartNew();
        await OfferGenerator.FillAsync(db, offerCount, seed: 20261125);
        Console.WriteLine($"Generated {offerCount:N0} offers x 10 languages in {clock.Elapsed.TotalSeconds:F1} s");
    }

    var index = services.GetRequiredService<OfferSearchIndex>();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var build = Stopwatch.StartNew();
    await index.SearchAsync(new OfferQuery());
    build.Stop();
    var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

    var queries = OfferGenerator.Queries(queryCount, seed: 7).ToList();
    foreach (var q in queries.Take(200)) await index.SearchAsync(q); // warm-up
    var times = new List<double>(queries.Count);
    var hits = 0L;
    foreach (var q in queries)
    {
        var watch = Stopwatch.StartNew();
        var result = await index.SearchAsync(q);
        watch.Stop();
        times.Add(watch.Elapsed.TotalMilliseconds);
        hits += result.Total;
    }
    times.Sort();

    // The same queries, round and round, while the index rebuilds in the background after a change:
    // they are answered from the previous snapshot and share the CPU with the build.
    var duringRebuild = new List<double>();
    var rebuild = Stopwatch.StartNew();
    index.Invalidate();
    var rebuilt = index.WhenCurrentAsync();
    for (var i = 0; !rebuilt.IsCompleted; i++)
    {
        var watch = Stopwatch.StartNew();
        await index.SearchAsync(queries[i % queries.Count]);
        watch.Stop();
        duringRebuild.Add(watch.Elapsed.TotalMilliseconds);
    }
    await rebuilt;
    rebuild.Stop();
    duringRebuild.Sort();

    static double P(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    string Row(string when, List<double> sorted) => string.Create(CultureInfo.InvariantCulture,
        $"| {when} | {sorted.Count:N0} | {P(sorted, 0.50):F2} ms | {P(sorted, 0.95):F2} ms | {P(sorted, 0.99):F2} ms | {sorted[^1]:F2} ms |");

    Console.WriteLine();
    Console.WriteLine($"| offers | queries | index build | index memory | p50 | p95 | p99 | max | mean hits |");
    Console.WriteLine($"|---|---|---|---|---|---|---|---|---|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {offerCount:N0} | {queries.Count:N0} | {build.Elapsed.TotalSeconds:F2} s | {indexBytes / 1024.0 / 1024.0:F0} MB | {P(times, 0.50):F2} ms | {P(times, 0.95):F2} ms | {P(times, 0.99):F2} ms | {times[^1]:F2} ms | {hits / (double)queries.Count:F0} |"));
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Background rebuild while searching: {rebuild.Elapsed.TotalSeconds:F2} s"));
    Console.WriteLine($"| when | queries | p50 | p95 | p99 | max |");
    Console.WriteLine($"|---|---|---|---|---|---|");
    Console.WriteLine(Row("idle index", times));
    Console.WriteLine(Row("during a rebuild", duringRebuild));
    var met = P(times, 0.95) < 20;
    Console.WriteLine($"Target p95 < 20 ms: {(met ? "met" : "MISSED")}");
    return met ? 0 : 1;
}
finally
{
    await services.DisposeAsync();
    SqliteConnection.ClearAllPools();
    File.Delete(database);
}
