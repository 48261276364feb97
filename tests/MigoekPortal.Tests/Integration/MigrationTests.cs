using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MigoekPortal.Web.Data;

namespace MigoekPortal.Tests.Integration;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_Model_HasNoPendingChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlitePortalDbContext");
    }

    [Fact]
    public void SqlServer_Model_HasNoPendingChanges()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerPortalDbContext");
    }

    [Fact]
    public void SqlServer_IdempotentScript_ParsesWithoutErrors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Districts]", script);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void EachProvider_HasItsOwnMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.All(sqlite.Database.GetMigrations(), m => Assert.EndsWith("_InitialCreate", sqlite.Database.GetMigrations().First()));
        Assert.NotEmpty(sqlServer.Database.GetMigrations());
        Assert.Contains("Sqlite", sqlite.GetService<IMigrationsAssembly>().Migrations.Values.First().Namespace);
        Assert.Contains("SqlServer", sqlServer.GetService<IMigrationsAssembly>().Migrations.Values.First().Namespace);
    }
}
