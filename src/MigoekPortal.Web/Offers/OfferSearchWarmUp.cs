namespace MigoekPortal.Web.Offers;

/// <summary>
/// Starts building the offer search index in the background when the portal starts, so that the first search
/// need not wait for it. Start-up does not wait for the build. Hosted services start only when the web host runs:
/// after the database has been migrated and seeded, and never for the command-line commands.
/// </summary>
public sealed class OfferSearchWarmUp(OfferSearchIndex index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.WarmUp();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
