using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Data.Seed;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Commands;

/// <summary>
/// Operator commands: <c>migrate</c>, <c>create-admin --email ADDRESS [--password-stdin]</c>,
/// <c>import-offers FILE [--dry-run]</c> and <c>export-offers FILE</c>.
/// They run with the same configuration as the portal and exit without starting the web server.
/// </summary>
public static class PortalCommands
{
    public static readonly IReadOnlyList<string> Names = ["migrate", "create-admin", "import-offers", "export-offers"];

    /// <summary>
    /// Splits the command word from the arguments. The command's own options are kept for the command;
    /// everything else still configures the host (e.g. <c>--ConnectionStrings:Portal "Data Source=…"</c>).
    /// </summary>
    public static (string? Command, string[] Options, string[] HostArgs) Parse(string[] args)
    {
        if (args is not [var first, .. var rest] || !Names.Contains(first)) return (null, [], args);
        var hostArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] is "--password-stdin" or "--dry-run") continue;
            if (i == 0 && first is "import-offers" or "export-offers" && !rest[i].StartsWith('-')) continue;
            if (rest[i] == "--email") { i++; continue; }
            hostArgs.Add(rest[i]);
        }
        return (first, rest, [.. hostArgs]);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string[] options)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        await services.GetRequiredService<ContentSeeder>().SeedAsync();
        await services.GetRequiredService<OfferSeeder>().SeedAsync();
        await DemoAccountSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        if (command == "migrate")
        {
            Console.WriteLine("Database is up to date.");
            return 0;
        }

        if (command is "import-offers" or "export-offers")
        {
            return await OfferFileCommands.RunAsync(services, command, options);
        }

        var email = OptionValue(options, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email ADDRESS [--password-stdin]");
            return 2;
        }
        var fromStdin = options.Contains("--password-stdin");
        var password = fromStdin ? (await Console.In.ReadLineAsync())?.Trim() ?? "" : GeneratePassword();
        return await CreateAdminAsync(services.GetRequiredService<UserManager<PortalUser>>(), email, password, mustChange: !fromStdin);
    }

    internal static async Task<int> CreateAdminAsync(UserManager<PortalUser> users, string email, string password, bool mustChange)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with the e-mail {email} exists already.");
            return 1;
        }
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = mustChange };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.PortalAdmin);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            return 1;
        }
        Console.WriteLine($"Created PortalAdmin {email}.");
        if (mustChange) Console.WriteLine($"One-time password (to be changed at first sign-in): {password}");
        return 0;
    }

    internal static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static string? OptionValue(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
