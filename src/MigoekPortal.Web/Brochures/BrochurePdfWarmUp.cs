using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Data;

namespace MigoekPortal.Web.Brochures;

/// <summary>
/// Keeps every brochure PDF printed, so that the district pages can show each file's size and advisors never
/// wait: shortly after start and then every <see cref="PdfOptions.WarmUpInterval"/>, it requests each latest
/// edition's PDF in each of its languages from the portal itself. Unchanged brochures come from the cache in
/// milliseconds; changed ones are printed anew. Runs only where the portal listens on plain HTTP.
/// </summary>
public sealed partial class BrochurePdfWarmUp(IServer server, IHostApplicationLifetime lifetime, IServiceScopeFactory scopes, IHttpClientFactory clients,
    IOptions<PdfOptions> options, ILogger<BrochurePdfWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WarmUpInterval <= TimeSpan.Zero) return;
        try
        {
            // Hosted services start before the server listens: wait until it does, so its address is known.
            using (var started = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStarted, stoppingToken))
            {
                await Task.Delay(Timeout.Infinite, started.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            stoppingToken.ThrowIfCancellationRequested();
            await Task.Delay(options.Value.WarmUpDelay, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.WarmUpInterval);
            do
            {
                await WarmUpAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WarmUpAsync(CancellationToken ct)
    {
        if (LocalAddress() is not { } address) return;
        List<(string Slug, string Languages)> brochures;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            brochures = (await db.BrochureEditions.AsNoTracking()
                .Select(e => new { e.Number, e.Languages, Slug = db.Brochures.Where(b => b.Id == e.BrochureId).Select(b => b.District!.Slug).First(), e.BrochureId })
                .ToListAsync(ct))
                .GroupBy(e => e.BrochureId).Select(g => g.MaxBy(e => e.Number)!).OrderBy(e => e.Slug, StringComparer.Ordinal).Select(e => (e.Slug, e.Languages)).ToList();
        }
        using var client = clients.CreateClient();
        client.Timeout = options.Value.Timeout + TimeSpan.FromSeconds(10);
        foreach (var (slug, languages) in brochures)
        {
            foreach (var culture in languages.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(address, $"/{culture}/districts/{slug}/brochure.pdf"), HttpCompletionOption.ResponseHeadersRead, ct);
                    if (!response.IsSuccessStatusCode) Failed(log, slug, culture, (int)response.StatusCode);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    Unreachable(log, e.Message);
                    return;
                }
            }
        }
    }

    /// <summary>The portal's own plain-HTTP address on the loopback interface, if it has one.</summary>
    private Uri? LocalAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var http = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (http is null || !Uri.TryCreate(http.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return null;
        return new UriBuilder(uri) { Host = "localhost" }.Uri;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Printing the brochure PDF {Slug}/{Culture} failed with status {Status}")]
    private static partial void Failed(ILogger logger, string slug, string culture, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The portal could not reach itself to print brochure PDFs: {Reason}")]
    private static partial void Unreachable(ILogger logger, string reason);
}
