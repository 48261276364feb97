using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// Offer tables as XLSX, the first worksheet, streamed row by row. Every cell is written as a text cell (never
/// a formula), dates as <c>yyyy-MM-dd</c>; reading also accepts numbers, booleans and real date cells.
/// </summary>
internal static partial class XlsxOfferFile
{
    public static async Task WriteAsync(Stream stream, OfferDocument document, CancellationToken ct)
    {
        // The package needs a seekable stream; a file is one, a response body is not.
        if (!stream.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(buffer, document);
            buffer.Position = 0;
            await buffer.CopyToAsync(stream, ct);
            return;
        }
        Write(stream, document);
    }

    private static void Write(Stream stream, OfferDocument document)
    {
        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = package.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            uint number = 0;
            foreach (var row in OfferTable.ToRows(document))
            {
                number++;
                writer.WriteStartElement(new Row { RowIndex = number });
                for (var i = 0; i < row.Length; i++)
                {
                    if (string.IsNullOrEmpty(row[i])) continue;
                    writer.WriteElement(new Cell(new InlineString(new Text(Escape(row[i]!)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = OfferTable.ColumnLetter(i) + number.ToString(CultureInfo.InvariantCulture), DataType = CellValues.InlineString,
                    });
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Offers" }));
    }

    public static async Task<OfferFileRead> ReadAsync(Stream stream, CancellationToken ct)
    {
        if (!stream.CanSeek)
        {
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            stream = buffer;
        }
        List<(int Row, string?[] Cells)> rows;
        try
        {
            rows = ReadRows(stream);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            return new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Xlsx, "Import.Unreadable", e.Message)]);
        }
        var header = rows.FindIndex(r => !r.Cells.All(string.IsNullOrWhiteSpace));
        return header < 0
            ? new OfferFileRead(null, [OfferTable.FileError(OfferFileFormat.Xlsx, "Import.NoHeader")])
            : OfferTable.Read(rows[header].Cells, rows[header].Row, rows.Skip(header + 1));
    }

    private static List<(int Row, string?[] Cells)> ReadRows(Stream stream)
    {
        using var package = SpreadsheetDocument.Open(stream, false);
        var workbook = package.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value ?? throw new InvalidDataException("The workbook has no worksheet.");
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        var rows = new List<(int, string?[])>();
        using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(first));
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column) cells.Add(null);
                cells.Add(Value(cell, strings, dateStyles));
            }
            rows.Add((number, cells.ToArray()));
        }
        return rows;
    }

    private static string? Value(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return Unescape(Text(cell.InlineString));
        if (raw is null) return null;
        if (type == CellValues.SharedString) return strings[int.Parse(raw, CultureInfo.InvariantCulture)];
        if (type == CellValues.Boolean) return raw == "1" ? "true" : "false";
        if (type == CellValues.Date) return raw.Length >= 10 ? raw[..10] : raw;
        if (type == CellValues.String || type == CellValues.Error) return Unescape(raw);
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } table) return strings;
        using var reader = OpenXmlReader.Create(table);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement) strings.Add(Unescape(Text((SharedStringItem)reader.LoadCurrentElement()!)));
        }
        return strings;
    }

    /// <summary>The text of a string item: plain, or the runs of rich text (without phonetic hints).</summary>
    private static string Text(OpenXmlCompositeElement? item) =>
        item?.GetFirstChild<Text>()?.Text ?? string.Concat(item?.Elements<Run>().Select(r => r.Text?.Text) ?? []);

    /// <summary>The cell formats that show numbers as dates: built-in formats 14–22 and 45–47, or custom ones with days or years.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id))) styles.Add(index);
            index++;
        }
        return styles;

        static bool IsDateFormat(string? code) =>
            code is not null && QuotedOrBracketed().Replace(code, "").Any(c => c is 'd' or 'D' or 'y' or 'Y');
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + char.ToUpperInvariant(c) - 'A' + 1;
        return index - 1;
    }

    /// <summary>
    /// XML cannot keep a carriage return or other control characters, so spreadsheets write them as <c>_x000D_</c>
    /// (and a literal <c>_x</c> followed by four hex digits and <c>_</c> as <c>_x005F_x…_</c>).
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = EscapeSequence().Replace(text, m => "_x005F" + m.Value);
        if (!escaped.Any(c => char.IsControl(c) && c is not '\t' and not '\n')) return escaped;
        var builder = new StringBuilder(escaped.Length + 16);
        foreach (var c in escaped)
        {
            if (char.IsControl(c) && c is not '\t' and not '\n') builder.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapeSequence().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapeSequence();

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]")]
    private static partial Regex QuotedOrBracketed();
}
