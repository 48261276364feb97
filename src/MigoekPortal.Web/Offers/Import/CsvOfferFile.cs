using System.Text;
using CsvHelper;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// Offer tables as CSV (RFC 4180): written as UTF-8 with a byte order mark and commas; read with "," or ";"
/// (German Excel) as the header line shows, with or without the mark. Cells that a spreadsheet would take for a
/// formula are written with a leading "'", which reading takes off again.
/// </summary>
internal static class CsvOfferFile
{
    private const string FormulaStarts = "=+-@\t\r";

    public static async Task WriteAsync(Stream stream, OfferDocument document, CancellationToken ct)
    {
        // Injection characters and escape as OWASP recommends: = + - @ tab CR, escaped with "'" (and quoted).
        await using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, true);
        foreach (var row in OfferTable.ToRows(document))
        {
            foreach (var cell in row) csv.WriteField(cell);
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    public static async Task<OfferFileRead> ReadAsync(Stream stream, CancellationToken ct)
    {
        try
        {
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            var line = await text.ReadLineAsync(ct);
            if (line is not null && line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line.Length == 5) line = await text.ReadLineAsync(ct);
            if (string.IsNullOrWhiteSpace(line)) return new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Csv, "Import.NoHeader")]);
            var separator = line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
            var options = CsvReaderOptions.Default with
            {
                HasHeader = false, Separator = separator, SkipEmptyLines = false, MalformedData = CsvMalformedDataHandling.Throw,
            };
            await using var csv = CsvReader.Create(text, options, true);
            var rows = new List<(int, string?[])>();
            try
            {
                while (await csv.ReadAsync(ct))
                {
                    var cells = new string?[csv.FieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = Unprotect(csv.GetString(i));
                    rows.Add((rows.Count + 2, cells));
                }
            }
            catch (CsvFormatException e)
            {
                return new OfferFileRead(null, [new ImportError("row", (int)e.RecordNumber, null, "CSV", "Import.Quoting")]);
            }
            return OfferTable.Read(SplitHeader(line, separator), 1, rows);
        }
        catch (DecoderFallbackException)
        {
            return new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Csv, "Import.Encoding")]);
        }
    }

    /// <summary>Takes off the "'" that protects a cell starting like a formula (see <see cref="WriteAsync"/>).</summary>
    internal static string Unprotect(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    /// <summary>The header line's names; they never contain line breaks, so one line is the whole header.</summary>
    private static List<string?> SplitHeader(string line, char separator)
    {
        var names = new List<string?>();
        var name = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { name.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) { names.Add(name.ToString()); name.Clear(); }
            else name.Append(c);
        }
        names.Add(name.ToString());
        return names;
    }
}
