namespace MigoekPortal.Web.Offers.Import;

/// <summary>
/// An offer file as read: the document (null when the file could not be read at all) and the problems found
/// while reading it, already in the file's terms (spreadsheet row and column).
/// </summary>
public sealed record OfferFileRead(OfferDocument? Document, IReadOnlyList<ImportError> Errors)
{
    /// <summary>The spreadsheet row of each offer; null for JSON.</summary>
    internal IReadOnlyList<int>? OfferRows { get; init; }

    /// <summary>For each organisation, the offer whose row first describes its provider.</summary>
    internal IReadOnlyList<int>? OrganizationOffers { get; init; }

    /// <summary>For each offer, the number N of the <c>locationN.*</c> columns of each of its locations.</summary>
    internal IReadOnlyList<IReadOnlyList<int>>? LocationNumbers { get; init; }

    /// <summary>
    /// The importer's problems (offer and organisation positions, JSON field names) in the terms of this file:
    /// unchanged for JSON; for spreadsheets the row (header = row 1) and the column header.
    /// </summary>
    public IReadOnlyList<ImportError> InFileTerms(IReadOnlyList<ImportError> importerErrors)
    {
        if (OfferRows is null || Document?.Offers is not { } offers) return importerErrors;
        return [.. importerErrors.Select(e => e.Record switch
        {
            "offer" when e.Index >= 0 && e.Index < offers.Count => AtRow(e, e.Index, OfferColumn(e.Field, e.Index)),
            "organization" when OrganizationOffers is { } orgs && e.Index >= 0 && e.Index < orgs.Count =>
                AtRow(e, orgs[e.Index], OfferTable.ProviderColumn(e.Field)),
            _ => e,
        })];
    }

    private ImportError AtRow(ImportError e, int offer, string column) =>
        e with { Record = "row", Index = OfferRows![offer] - 1, ExternalId = Document!.Offers![offer].ExternalId, Field = column };

    private string OfferColumn(string field, int offer)
    {
        if (field.StartsWith("translations.", StringComparison.Ordinal))
        {
            var culture = field["translations.".Length..];
            return culture.Contains('.', StringComparison.Ordinal) ? culture : culture + ".title";
        }
        if (field.StartsWith("locations[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            var j = int.Parse(field.AsSpan("locations[".Length, close - "locations[".Length), System.Globalization.CultureInfo.InvariantCulture);
            var n = LocationNumbers is { } numbers && j < numbers[offer].Count ? numbers[offer][j] : j + 1;
            return $"location{n}{field[(close + 1)..]}";
        }
        return field;
    }
}
