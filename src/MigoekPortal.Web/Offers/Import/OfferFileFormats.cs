using System.Text.Json;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// Reads and writes offer files in each <see cref="OfferFileFormat"/>, so that export followed by import is a
/// round trip in every format. Reading never throws for bad content: problems come back as import errors.
/// </summary>
public static class OfferFileFormats
{
    /// <summary>The format that a file name's extension (.json, .csv, .xlsx, any case) stands for; null for others.</summary>
    public static OfferFileFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".JSON" => OfferFileFormat.Json,
        ".CSV" => OfferFileFormat.Csv,
        ".XLSX" => OfferFileFormat.Xlsx,
        _ => null,
    };

    public static Task<OfferFileRead> ReadAsync(Stream stream, OfferFileFormat format, CancellationToken ct = default) => format switch
    {
        OfferFileFormat.Csv => CsvOfferFile.ReadAsync(stream, ct),
        OfferFileFormat.Xlsx => XlsxOfferFile.ReadAsync(stream, ct),
        _ => ReadJsonAsync(stream, ct),
    };

    public static Task WriteAsync(Stream stream, OfferDocument document, OfferFileFormat format, CancellationToken ct = default) => format switch
    {
        OfferFileFormat.Csv => CsvOfferFile.WriteAsync(stream, document, ct),
        OfferFileFormat.Xlsx => XlsxOfferFile.WriteAsync(stream, document, ct),
        _ => JsonSerializer.SerializeAsync(stream, document, OfferImporter.Json, ct),
    };

    private static async Task<OfferFileRead> ReadJsonAsync(Stream stream, CancellationToken ct)
    {
        try
        {
            var document = await JsonSerializer.DeserializeAsync<OfferDocument>(stream, OfferImporter.Json, ct);
            return document is null
                ? new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Json, "Import.NoDocument")])
                : new OfferFileRead(document, []);
        }
        catch (JsonException e)
        {
            return new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Json, "Import.Unreadable", e.Message)]);
        }
    }
}
