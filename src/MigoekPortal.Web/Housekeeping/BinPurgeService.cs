using MigoekPortal.Web.Data;

namespace MigoekPortal.Web.Housekeeping;

/// <summary>Runs <see cref="BinPurger"/> at start and then every six hours.</summary>
public sealed partial class BinPurgeService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BinPurgeService> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var purged = await scope.ServiceProvider.GetRequiredService<BinPurger>().PurgeAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (purged > 0) Purged(purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} rows from the bin")]
    private partial void Purged(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Emptying the bin failed")]
    private partial void Failed(Exception e);
}
