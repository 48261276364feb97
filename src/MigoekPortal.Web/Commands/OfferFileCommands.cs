using System.Globalization;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Localization;
using System.Text.Json;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Web.Commands;

/// <summary><c>import-offers FILE [--dry-run]</c> and <c>export-offers FILE</c> (JSON, docs/import-format.md).</summary>
public static class OfferFileCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string command, string[] options)
    {
        if (options is not [var file, ..] || file.StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"Usage: {command} FILE{(command == "import-offers" ? " [--dry-run]" : "")}");
            return 2;
        }
        return command == "export-offers"
            ? await ExportAsync(services.GetRequiredService<OfferExporter>(), file)
            : await ImportAsync(services.GetRequiredService<OfferImporter>(), services.GetRequiredService<IStringLocalizer<SharedResource>>(), file, options.Contains("--dry-run"));
    }

    private static async Task<int> ExportAsync(OfferExporter exporter, string file)
    {
        var document = await exporter.ExportAsync();
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, document, OfferImporter.Json);
        Console.WriteLine($"Exported {document.Offers!.Count} offers and {document.Organizations!.Count} organisations to {file}.");
        return 0;
    }

    private static async Task<int> ImportAsync(OfferImporter importer, IStringLocalizer<SharedResource> localizer, string file, bool dryRun)
    {
        // Operators read the command's messages in English.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        OfferDocument? document;
        try
        {
            await using var stream = File.OpenRead(file);
            document = await JsonSerializer.DeserializeAsync<OfferDocument>(stream, OfferImporter.Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot read {file}: {e.Message}");
            return 1;
        }
        if (document is null)
        {
            await Console.Error.WriteLineAsync($"{file} is empty.");
            return 1;
        }
        var result = await importer.ImportAsync(document, dryRun);
        foreach (var error in result.Errors) await Console.Error.WriteLineAsync(error.Describe(localizer));
        if (result.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Nothing imported: {result.Errors.Count} problem(s).");
            return 1;
        }
        Console.WriteLine($"{(dryRun ? "Dry run, nothing written: would create" : "Created")} {result.Created}, " +
            $"{(dryRun ? "update" : "updated")} {result.Updated}, unchanged {result.Unchanged}.");
        return 0;
    }
}
