using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MigoekPortal.Web.Data;

/// <summary>Used by <c>dotnet ef</c> only; the connection string is never opened.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=design-time;Database=MigoekPortal;Trusted_Connection=True").Options);
}
