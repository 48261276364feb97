namespace MigoekPortal.Web.Media;

/// <summary>Where uploaded media live and how large they may be (section "Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The storage folder; relative paths are under the content root. docker-compose mounts a volume here.</summary>
    public string Root { get; set; } = "App_Data/media";

    public long MaxVideoBytes { get; set; } = 500L * 1024 * 1024;

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    public long MaxCaptionBytes { get; set; } = 1024 * 1024;
}
