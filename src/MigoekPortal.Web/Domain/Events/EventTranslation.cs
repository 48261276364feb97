namespace MigoekPortal.Web.Domain.Events;

/// <summary>An event's texts in one culture; German ("de") is the source.</summary>
public sealed class EventTranslation : IVersioned
{
    public int EventId { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public string? Accessibility { get; set; }

    /// <summary>Why the event was cancelled or moved.</summary>
    public string? StatusNote { get; set; }

    public int SourceRevision { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
