using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Data.Seed;

namespace MigoekPortal.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates (unless <c>Database:MigrateOnStartup</c> is false), seeds content on an empty database,
    /// and in Development creates the demo staff accounts and prints them.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await services.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        }
        await services.GetRequiredService<ContentSeeder>().SeedAsync();
        await services.GetRequiredService<OfferSeeder>().SeedAsync();
        await services.GetRequiredService<BrochureSeeder>().SeedAsync();
        await services.GetRequiredService<EventSeeder>().SeedAsync();
        await services.GetRequiredService<StorySeeder>().SeedAsync();
        await DemoAccountSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());

        if (app.Environment.IsDevelopment())
        {
            await services.GetRequiredService<DemoAccountSeeder>().SeedAsync();
            Console.WriteLine($"Demo staff logins (Development only), password {DemoAccountSeeder.Password}:");
            foreach (var (email, slug) in DemoAccountSeeder.Accounts)
            {
                Console.WriteLine($"  {email} ({slug ?? "PortalAdmin"})");
            }
        }
    }
}
