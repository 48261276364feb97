namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>
/// A translation form: the texts, the concurrency token of the translation it was made from (empty when
/// there was none), and the revision of the German source the translator saw.
/// </summary>
public sealed class TranslationInput
{
    public OfferTextsInput Texts { get; set; } = new();

    public Guid Version { get; set; }

    public int SourceRevision { get; set; }
}
