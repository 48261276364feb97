namespace MigoekPortal.Web.Domain.Brochures;

/// <summary>A section's title and Markdown body in one culture; German ("de") is the source.</summary>
public sealed class BrochureSectionTranslation : IVersioned
{
    public int SectionId { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown; a line <c>{{contact:id}}</c>, <c>{{offer:id}}</c> or <c>{{office}}</c> shows live data.</summary>
    public required string Body { get; set; }

    /// <summary>The revision of the German source this translation was made from.</summary>
    public int SourceRevision { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
