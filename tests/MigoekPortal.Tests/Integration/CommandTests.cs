using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MigoekPortal.Tests.Integration;

/// <summary>The operator commands, run as an operator would: the built portal, a real SQLite file, exit codes.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"migoek-cmd-{Guid.NewGuid():N}.db");

    private static string PortalDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/MigoekPortal.Tests/bin/<Configuration>/net10.0/
        var configuration = testBin.Parent!.Name;
        return Path.Combine(Browser.Tools.RepositoryRoot, "src", "MigoekPortal.Web", "bin", configuration, "net10.0", "MigoekPortal.Web.dll");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = Path.GetDirectoryName(PortalDll()),
        };
        start.ArgumentList.Add(PortalDll());
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--ConnectionStrings:Portal");
        start.ArgumentList.Add($"Data Source={_database}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Migrate_CreatesAndSeedsAnEmptyDatabase_WithoutDemoAccounts()
    {
        var (code, output) = await RunAsync(null, "migrate");

        Assert.True(code == 0, output);
        Assert.Equal(3, Scalar("SELECT COUNT(*) FROM Districts"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM AspNetUsers"));
        Assert.Equal(3, Scalar("SELECT COUNT(*) FROM AspNetRoles"));
    }

    [Fact]
    public async Task CreateAdmin_PrintsAOneTimePassword_AndRefusesADuplicate()
    {
        var (code, output) = await RunAsync(null, "create-admin", "--email", "first.admin@district.example");

        Assert.True(code == 0, output);
        Assert.Matches("One-time password \\(to be changed at first sign-in\\): [A-Za-z0-9]{20}", output);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'PortalAdmin' AND u.MustChangePassword = 1"));

        var (again, _) = await RunAsync(null, "create-admin", "--email", "first.admin@district.example");
        Assert.Equal(1, again);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task CreateAdmin_PasswordFromStdin_IsCheckedAgainstThePolicy()
    {
        var (tooShort, output) = await RunAsync("short", "create-admin", "--email", "a@district.example", "--password-stdin");
        Assert.Equal(1, tooShort);
        Assert.Contains("12", output);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM AspNetUsers"));

        var (ok, okOutput) = await RunAsync("a long and memorable passphrase", "create-admin", "--email", "a@district.example", "--password-stdin");
        Assert.True(ok == 0, okOutput);
        Assert.DoesNotContain("One-time password", okOutput);
    }

    [Fact]
    public async Task CreateAdmin_WithoutEmail_ShowsUsage()
    {
        var (code, output) = await RunAsync(null, "create-admin");
        Assert.Equal(2, code);
        Assert.Contains("Usage: create-admin --email", output);
    }

    [Fact]
    public async Task ExportOffers_ThenImportDryRun_ChangesNothing_AndABadFileNamesRowAndField()
    {
        var file = _database + ".offers.json";
        try
        {
            var (exported, exportOutput) = await RunAsync(null, "export-offers", file);
            Assert.True(exported == 0, exportOutput);
            Assert.Matches("Exported [6-9][0-9] offers", exportOutput);

            var (dry, dryOutput) = await RunAsync(null, "import-offers", file, "--dry-run");
            Assert.True(dry == 0, dryOutput);
            Assert.Contains("would create 0, update 0, unchanged", dryOutput);

            var json = (await File.ReadAllTextAsync(file)).Replace("\"cost\": \"free\"", "\"cost\": \"gratis\"", StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, json);
            var before = Scalar("SELECT COUNT(*) FROM Offers WHERE Cost = 'Free'");
            var (bad, badOutput) = await RunAsync(null, "import-offers", file);
            Assert.Equal(1, bad);
            Assert.Matches("Offer \\d+ \\([a-z0-9-]+\\), cost: must be one of: free, fee, partlySubsidised", badOutput);
            Assert.Contains("Nothing imported", badOutput);
            Assert.Equal(before, Scalar("SELECT COUNT(*) FROM Offers WHERE Cost = 'Free'"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ExportOffers_AsCsv_ThenImportDryRun_ChangesNothing_AndABadCellNamesRowAndColumn()
    {
        var file = _database + ".offers.csv";
        try
        {
            var (exported, exportOutput) = await RunAsync(null, "export-offers", file);
            Assert.True(exported == 0, exportOutput);

            var (dry, dryOutput) = await RunAsync(null, "import-offers", file, "--dry-run");
            Assert.True(dry == 0, dryOutput);
            Assert.Contains("would create 0, update 0, unchanged", dryOutput);

            var lines = (await File.ReadAllTextAsync(file)).Split("\r\n");
            var row = Array.FindIndex(lines, l => l.Contains(",free,", StringComparison.Ordinal));
            lines[row] = lines[row].Replace(",free,", ",gratis,", StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, string.Join("\r\n", lines));
            var before = Scalar("SELECT COUNT(*) FROM Offers WHERE Cost = 'Free'");
            var (bad, badOutput) = await RunAsync(null, "import-offers", file);
            Assert.Equal(1, bad);
            Assert.Matches($"Row {row + 1} \\([a-z0-9-]+\\), cost: must be one of: free, fee, partlySubsidised", badOutput);
            Assert.Contains("Nothing imported", badOutput);
            Assert.Equal(before, Scalar("SELECT COUNT(*) FROM Offers WHERE Cost = 'Free'"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ImportOffers_UnknownExtension_ShowsUsage()
    {
        var (code, output) = await RunAsync(null, "import-offers", "offers.xls");
        Assert.Equal(2, code);
        Assert.Contains("Usage: import-offers FILE [--dry-run]", output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
