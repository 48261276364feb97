namespace MigoekPortal.Web.Domain.Stories;

/// <summary>A story's texts in one culture; German ("de") is the source.</summary>
public sealed class StoryTranslation : IVersioned
{
    public int StoryId { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    public string? Quote { get; set; }

    /// <summary>Markdown.</summary>
    public string? Text { get; set; }

    /// <summary>What is said in the film, as plain paragraphs.</summary>
    public string? Transcript { get; set; }

    public int SourceRevision { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
