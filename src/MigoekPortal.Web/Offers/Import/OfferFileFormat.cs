namespace MigoekPortal.Web.Offers.Import;

/// <summary>The kinds of offer files: the JSON document and its flat siblings, one row per offer (docs/import-format.md).</summary>
public enum OfferFileFormat
{
    Json,
    Csv,
    Xlsx,
}
