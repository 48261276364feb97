using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;

namespace MigoekPortal.Web.Infrastructure;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> on the provider named by <c>Database:Provider</c>
    /// (<c>Sqlite</c>, the default, or <c>SqlServer</c>) with the connection string <c>Portal</c>.
    /// </summary>
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        builder.Services.AddScoped<AuditInterceptor>();

        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Portal is empty.");
            }
            builder.Services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((sp, o) => o
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? DefaultSqliteConnectionString(builder.Environment.ContentRootPath)
                : connectionString;
            builder.Services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((sp, o) => o
                .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or SqlServer.");
        }
    }

    private static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "portal.db")}";
    }
}
