namespace MigoekPortal.Web.Domain.Stories;

/// <summary>A WebVTT caption file of a story's video in one culture.</summary>
public sealed class StoryCaption
{
    public int Id { get; set; }

    public required string Culture { get; set; }

    public required string StorageKey { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}
