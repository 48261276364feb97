namespace MigoekPortal.Web.Domain.Brochures;

/// <summary>
/// One section of a brochure, in the order of <see cref="Position"/>. Its German text is the source;
/// <see cref="SourceRevision"/> counts changes to it, so translations made from an older revision show as outdated.
/// </summary>
public sealed class BrochureSection : IVersioned, ISoftDeletable
{
    public int Id { get; set; }

    public int BrochureId { get; set; }

    public int Position { get; set; }

    /// <summary>Anchor in the page, e.g. "trade-registration"; unique within the brochure.</summary>
    public required string Key { get; set; }

    public int SourceRevision { get; set; } = 1;

    public List<BrochureSectionTranslation> Translations { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DeletedAtUtc { get; set; }

    public string? DeletedBy { get; set; }
}
