using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MigoekPortal.Tests.Integration;

/// <summary>
/// A workbook as a spreadsheet program saves it, unlike the portal's own export: shared strings, real date
/// cells (a number with a date format), booleans and numbers.
/// </summary>
internal static class TestWorkbook
{
    public static byte[] Create(string[] header, object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = new List<string>();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (values, r) in new[] { header.Cast<object?>().ToArray() }.Concat(rows).Select((v, i) => (v, i + 1)))
            {
                var row = new Row { RowIndex = (uint)r };
                foreach (var (value, c) in values.Select((v, i) => (v, i)))
                {
                    var reference = (char)('A' + c) + r.ToString(CultureInfo.InvariantCulture);
                    row.Append(value switch
                    {
                        null => new Cell { CellReference = reference },
                        string s => SharedString(reference, s, strings),
                        bool b => new Cell(new CellValue(b ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
                        DateOnly d => new Cell(new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = 1 },
                        _ => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference },
                    });
                }
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Tabelle1" }));
        }
        return stream.ToArray();
    }

    private static Cell SharedString(string reference, string value, List<string> strings)
    {
        var index = strings.IndexOf(value);
        if (index < 0) { strings.Add(value); index = strings.Count - 1; }
        return new Cell(new CellValue(index.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString };
    }
}
