namespace MigoekPortal.Web.Domain.Events;

/// <summary>A download for participants after the event (slides, handouts): a title and a web address.</summary>
public sealed class EventMaterial
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }
}
