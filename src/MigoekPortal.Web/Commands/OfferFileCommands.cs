using System.Globalization;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Web.Commands;

/// <summary>
/// <c>import-offers FILE [--dry-run]</c> and <c>export-offers FILE</c>: JSON, CSV or XLSX by the file's extension
/// (docs/import-format.md).
/// </summary>
public static class OfferFileCommands
{
    public static async Task<int> RunAsync(IServiceProvider services, string command, string[] options)
    {
        if (options is not [var file, ..] || file.StartsWith('-') || OfferFileFormats.FromFileName(file) is not { } format)
        {
            await Console.Error.WriteLineAsync($"Usage: {command} FILE{(command == "import-offers" ? " [--dry-run]" : "")}  (FILE ends in .json, .csv or .xlsx)");
            return 2;
        }
        return command == "export-offers"
            ? await ExportAsync(services.GetRequiredService<OfferExporter>(), file, format)
            : await ImportAsync(services.GetRequiredService<OfferImporter>(), services.GetRequiredService<IStringLocalizer<SharedResource>>(), file, format, options.Contains("--dry-run"));
    }

    private static async Task<int> ExportAsync(OfferExporter exporter, string file, OfferFileFormat format)
    {
        var document = await exporter.ExportAsync();
        await using var stream = File.Create(file);
        await OfferFileFormats.WriteAsync(stream, document, format);
        Console.WriteLine($"Exported {document.Offers!.Count} offers and {document.Organizations!.Count} organisations to {file}.");
        return 0;
    }

    private static async Task<int> ImportAsync(OfferImporter importer, IStringLocalizer<SharedResource> localizer, string file, OfferFileFormat format, bool dryRun)
    {
        // Operators read the command's messages in English.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        OfferFileRead read;
        try
        {
            await using var stream = File.OpenRead(file);
            read = await OfferFileFormats.ReadAsync(stream, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot read {file}: {e.Message}");
            return 1;
        }

        var errors = read.Errors.ToList();
        var result = read.Document is null ? null
            // With problems in the cells, the importer still checks the rest, but only as a dry run.
            : await importer.ImportAsync(read.Document, dryRun || errors.Count > 0, new ConsoleProgress(read.Document.Offers?.Count ?? 0, dryRun));
        if (result is not null) errors.AddRange(read.InFileTerms(result.Errors));
        foreach (var error in errors) await Console.Error.WriteLineAsync(error.Describe(localizer));
        if (result is null || errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Nothing imported: {errors.Count} problem(s).");
            return 1;
        }
        Console.WriteLine($"{(dryRun ? "Dry run, nothing written: would create" : "Created")} {result.Created}, " +
            $"{(dryRun ? "update" : "updated")} {result.Updated}, unchanged {result.Unchanged}.");
        return 0;
    }

    /// <summary>Progress of large files on stderr, written at once (<see cref="Progress{T}"/> would post it to the thread pool, out of order).</summary>
    private sealed class ConsoleProgress(int total, bool dryRun) : IProgress<int>
    {
        public void Report(int value)
        {
            if (total > 500 && value < total) Console.Error.WriteLine($"{(dryRun ? "Checked" : "Applied")} {value} of {total} offers…");
        }
    }
}
