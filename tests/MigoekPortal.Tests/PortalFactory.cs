using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Data;

namespace MigoekPortal.Tests;

/// <summary>
/// The real portal over a real SQLite database in a temporary file, migrated and seeded at start
/// like a fresh installation. Development environment: demo staff accounts exist.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"migoek-test-{Guid.NewGuid():N}.db");

    /// <summary>Where this portal keeps its brochure PDFs.</summary>
    public string PdfCache { get; } = Path.Combine(Path.GetTempPath(), $"migoek-test-pdf-{Guid.NewGuid():N}");

    /// <summary>Where this portal stores uploaded media.</summary>
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), $"migoek-test-media-{Guid.NewGuid():N}");

    /// <summary>Where this portal writes outgoing e-mail as .eml files (invitations, password reset).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"migoek-test-mail-{Guid.NewGuid():N}");

    protected virtual string EnvironmentName => "Development";

    /// <summary>Background printing of brochure PDFs: off in tests unless a test turns it on.</summary>
    protected virtual string WarmUpInterval => "00:00:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={_databasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Pdf:CacheFolder", PdfCache);
        builder.UseSetting("Pdf:WarmUpInterval", WarmUpInterval);
        builder.UseSetting("Media:Root", MediaRoot);
        // The weekly digest would mail from a background loop; tests call its run method themselves.
        builder.UseSetting("Digest:Enabled", "false");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Many tests sign in from the same address within a minute; one test lowers the limit to see the 429.
        builder.UseSetting("RateLimits:AccountPerMinute", "100000");
        // Tests that change offers and then search expect to find the change.
        builder.UseSetting("Search:MaxStaleWait", "00:00:30");
    }

    /// <summary>A scope with the portal's own DbContext, to arrange or to check the database.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The text of the newest e-mail sent to <paramref name="to"/>, or null.</summary>
    public string? NewestMailTo(string to) =>
        !Directory.Exists(MailFolder) ? null : Directory.EnumerateFiles(MailFolder, "*.eml").Select(f => new FileInfo(f))
            .OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name)
            .Select(f => MimeKit.MimeMessage.Load(f.FullName))
            .FirstOrDefault(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))?.TextBody;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
        if (Directory.Exists(PdfCache)) Directory.Delete(PdfCache, recursive: true);
        if (Directory.Exists(MediaRoot)) Directory.Delete(MediaRoot, recursive: true);
        if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
    }
}
