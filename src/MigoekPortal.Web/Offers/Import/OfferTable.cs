using System.Globalization;
using System.Text.RegularExpressions;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// The flat layout of offer files, one row per offer (docs/import-format.md, "Spreadsheets"): shared by CSV and
/// XLSX, which only move the cells. Reading reports cell problems by spreadsheet row and column header.
/// </summary>
internal static partial class OfferTable
{
    private static readonly string[] Scalars =
    [
        "externalId", "provider", "providerName", "providerType", "providerWebsite", "scope", "state", "district",
        "categories", "topics", "phases", "targetGroups", "deliveryModes", "languages", "interpreting", "cost",
        "contact.role", "contact.phone", "contact.email", "contact.web", "url", "status", "lastVerified", "verifiedBy", "validFrom", "validTo",
    ];

    private static readonly string[] LocationFields = ["name", "street", "postalCode", "city", "openingHours"];
    private static readonly string[] TextFields = ["title", "summary", "description", "eligibility", "howToApply", "costNote"];
    private static readonly string[] Required = ["externalId", "provider", "scope", "categories", "languages", "cost", "url", "de.title", "de.summary"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>Every column name the layout knows, by its spelling in any case.</summary>
    private static readonly Dictionary<string, string> Known = Scalars
        .Concat(Cultures.All.SelectMany(c => TextFields.Select(f => $"{c}.{f}")))
        .ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);

    public static string ProviderColumn(string organizationField) => organizationField switch
    {
        "name" => "providerName",
        "type" => "providerType",
        "website" => "providerWebsite",
        _ => "provider",
    };

    /// <summary>A problem with the file as a whole.</summary>
    public static ImportError FileError(OfferFileFormat format, string message, params string[] args) =>
        new("document", -1, null, format.ToString().ToUpperInvariant(), message, args);

    /// <summary>The header row and then one row per offer, organisations repeated in the provider columns.</summary>
    public static IEnumerable<string?[]> ToRows(OfferDocument document)
    {
        var offers = document.Offers ?? [];
        var organizations = (document.Organizations ?? []).Where(o => o.ExternalId is not null)
            .DistinctBy(o => o.ExternalId).ToDictionary(o => o.ExternalId!, StringComparer.Ordinal);
        var locations = offers.Select(o => o.Locations?.Count ?? 0).DefaultIfEmpty(0).Max();
        yield return [.. Scalars, .. Enumerable.Range(1, locations).SelectMany(n => LocationFields.Select(f => $"location{n}.{f}")),
            .. Cultures.All.SelectMany(c => TextFields.Select(f => $"{c}.{f}"))];
        foreach (var o in offers)
        {
            var org = o.Provider is null ? null : organizations.GetValueOrDefault(o.Provider);
            yield return
            [
                o.ExternalId, o.Provider, org?.Name, org?.Type, org?.Website, o.Scope, o.State, o.District,
                List(o.Categories), List(o.Topics), List(o.Phases), List(o.TargetGroups), List(o.DeliveryModes), List(o.Languages),
                o.Interpreting switch { true => "true", false => "false", null => null }, o.Cost,
                o.Contact?.Role, o.Contact?.Phone, o.Contact?.Email, o.Contact?.Web, o.Url, o.Status,
                Date(o.LastVerified), o.VerifiedBy, Date(o.ValidFrom), Date(o.ValidTo),
                .. Enumerable.Range(0, locations).SelectMany(j => Location(o.Locations?.ElementAtOrDefault(j))),
                .. Cultures.All.SelectMany(c => Texts(o.Translations?.GetValueOrDefault(c))),
            ];
        }

        static string? List(List<string>? values) => values is null ? null : string.Join(';', values);
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string?[] Location(LocationRecord? l) => [l?.Name, l?.Street, l?.PostalCode, l?.City, l?.OpeningHours];
        static string?[] Texts(OfferTexts? t) => [t?.Title, t?.Summary, t?.Description, t?.Eligibility, t?.HowToApply, t?.CostNote];
    }

    /// <summary>Reads the rows after the header; <paramref name="rows"/> carry their spreadsheet row numbers.</summary>
    public static OfferFileRead Read(IReadOnlyList<string?> header, int headerRow, IEnumerable<(int Row, string?[] Cells)> rows)
    {
        var errors = new List<ImportError>();
        var columns = ReadHeader(header, headerRow, errors);
        if (errors.Count > 0) return new OfferFileRead(null, errors);

        var locationNumbers = columns.OfType<string>().Select(LocationNumber).OfType<int>().Distinct().Order().ToList();
        var offers = new List<OfferRecord>();
        var offerRows = new List<int>();
        var offerLocations = new List<IReadOnlyList<int>>();
        var organizations = new List<OrganizationRecord>();
        var organizationOffers = new List<int>();
        var providers = new Dictionary<string, (OrganizationRecord Record, int Row)>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var cellsByColumn = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(cells[i])) continue;
                if (i < columns.Length && columns[i] is { } column) cellsByColumn[column] = cells[i]!;
                else errors.Add(new("row", row - 1, null, ColumnLetter(i), "Import.UnknownColumn"));
            }
            var reader = new RowReader(row, cellsByColumn, errors);
            var locations = new List<LocationRecord>();
            var numbers = new List<int>();
            foreach (var n in locationNumbers)
            {
                var l = new LocationRecord(reader.Text($"location{n}.name"), reader.Text($"location{n}.street"), reader.Value($"location{n}.postalCode"),
                    reader.Text($"location{n}.city"), reader.Text($"location{n}.openingHours"));
                if (l is { Name: null, Street: null, PostalCode: null, City: null, OpeningHours: null }) continue;
                locations.Add(l);
                numbers.Add(n);
            }
            var contact = new ContactRecord(reader.Text("contact.role"), reader.Value("contact.phone"), reader.Value("contact.email"), reader.Value("contact.web"));
            var translations = new Dictionary<string, OfferTexts>(StringComparer.Ordinal);
            foreach (var culture in Cultures.All)
            {
                var t = new OfferTexts(reader.Text($"{culture}.title"), reader.Text($"{culture}.summary"), reader.Text($"{culture}.description"),
                    reader.Text($"{culture}.eligibility"), reader.Text($"{culture}.howToApply"), reader.Text($"{culture}.costNote"));
                if (t is not { Title: null, Summary: null, Description: null, Eligibility: null, HowToApply: null, CostNote: null }) translations[culture] = t;
            }
            var offer = new OfferRecord(
                reader.ExternalId, reader.Value("provider"), reader.Value("scope"), reader.Value("state"), reader.Value("district"),
                reader.List("categories"), reader.List("topics"), reader.List("phases"), reader.List("targetGroups"), reader.List("deliveryModes"),
                reader.List("languages"), reader.Boolean("interpreting"), reader.Value("cost"),
                contact is { Role: null, Phone: null, Email: null, Web: null } ? null : contact,
                locations.Count == 0 ? null : locations, reader.Value("url"), reader.Value("status"),
                reader.Date("lastVerified"), reader.Text("verifiedBy"), reader.Date("validFrom"), reader.Date("validTo"), translations);

            if (offer.Provider is { } provider
                && (reader.Value("providerName") ?? reader.Value("providerType") ?? reader.Value("providerWebsite")) is not null)
            {
                var organization = new OrganizationRecord(provider, reader.Value("providerName"), reader.Value("providerType"), reader.Value("providerWebsite"));
                if (!providers.TryGetValue(provider, out var first))
                {
                    providers[provider] = (organization, row);
                    organizations.Add(organization);
                    organizationOffers.Add(offers.Count);
                }
                else if (first.Record != organization)
                {
                    var column = first.Record.Name != organization.Name ? "providerName" : first.Record.Type != organization.Type ? "providerType" : "providerWebsite";
                    reader.Error(column, "Import.ProviderMismatch", first.Row.ToString(CultureInfo.InvariantCulture));
                }
            }
            offers.Add(offer);
            offerRows.Add(row);
            offerLocations.Add(numbers);
        }
        return new OfferFileRead(new OfferDocument(OfferDocument.CurrentFormat, organizations, offers), errors)
        {
            OfferRows = offerRows, OrganizationOffers = organizationOffers, LocationNumbers = offerLocations,
        };
    }

    /// <summary>The canonical column name of each cell of the header (null for empty header cells).</summary>
    private static string?[] ReadHeader(IReadOnlyList<string?> header, int headerRow, List<ImportError> errors)
    {
        var columns = new string?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i]?.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            var column = Known.GetValueOrDefault(name) ?? (LocationColumn().Match(name) is { Success: true } m
                ? $"location{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)}.{LocationFields.First(f => f.Equals(m.Groups[2].Value, StringComparison.OrdinalIgnoreCase))}"
                : null);
            if (column is null) errors.Add(new("row", headerRow - 1, null, name, "Import.UnknownColumn"));
            else if (columns.Contains(column)) errors.Add(new("row", headerRow - 1, null, name, "Import.DuplicateColumn"));
            else columns[i] = column;
        }
        foreach (var missing in Required.Where(r => !columns.Contains(r)))
            errors.Add(new("row", headerRow - 1, null, missing, "Import.MissingColumn"));
        return columns;
    }

    private static int? LocationNumber(string column) =>
        column.StartsWith("location", StringComparison.Ordinal) ? int.Parse(column.AsSpan(8, column.IndexOf('.', StringComparison.Ordinal) - 8), CultureInfo.InvariantCulture) : null;

    /// <summary>A, B, …, Z, AA, AB, …: how spreadsheets name the column of a cell without a header.</summary>
    internal static string ColumnLetter(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnLetter(index / 26 - 1) + (char)('A' + index % 26);

    [GeneratedRegex(@"^location([1-9][0-9]?)\.(name|street|postalCode|city|openingHours)$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationColumn();

    /// <summary>The cells of one row by column, and the problems found in them.</summary>
    private sealed class RowReader(int row, Dictionary<string, string> cells, List<ImportError> errors)
    {
        public string? ExternalId { get; } = cells.GetValueOrDefault("externalId")?.Trim();

        /// <summary>A value, trimmed; empty cells are null.</summary>
        public string? Value(string column) => cells.GetValueOrDefault(column)?.Trim();

        /// <summary>Free text as it is (the importer trims it), so that line breaks and spacing stay exact.</summary>
        public string? Text(string column) => cells.GetValueOrDefault(column);

        /// <summary>Several values in one cell, separated by ";" (a "," also separates: Excel users type both).</summary>
        public List<string> List(string column) =>
            [.. (Value(column) ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        public bool? Boolean(string column) => Value(column)?.ToUpperInvariant() switch
        {
            null => null,
            "TRUE" or "YES" or "JA" or "WAHR" or "1" => true,
            "FALSE" or "NO" or "NEIN" or "FALSCH" or "0" => false,
            _ => Error<bool?>(column, "Import.Boolean", Value(column)!),
        };

        public DateOnly? Date(string column) => Value(column) switch
        {
            null => null,
            var v when DateOnly.TryParseExact(v, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            var v => Error<DateOnly?>(column, "Import.Date", v),
        };

        public void Error(string column, string message, params string[] args) => errors.Add(new("row", row - 1, ExternalId, column, message, args));

        private T? Error<T>(string column, string message, string value)
        {
            Error(column, message, value);
            return default;
        }
    }
}
