using System.Globalization;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Stories;

/// <summary>The public addresses of a story's media. The query carries the stored key's stamp, so a new upload gets a new URL.</summary>
public static class StoryMedia
{
    public static string? Video(Story s) => s.VideoKey is null ? null : $"/media/stories/{s.Id}/video?v={Stamp(s.VideoKey)}";

    public static string? Poster(Story s, int width) =>
        s.PosterKey is null ? null : $"/media/stories/{s.Id}/poster-{width.ToString(CultureInfo.InvariantCulture)}.webp?v={Stamp(s.PosterKey)}";

    public static string Caption(Story s, StoryCaption c) => $"/media/stories/{s.Id}/captions/{c.Culture}.vtt?v={Stamp(c.StorageKey)}";

    /// <summary>Keys end in a random stamp before the extension, e.g. <c>stories/3/video-1a2b3c4d.mp4</c>.</summary>
    public static string NewKey(int storyId, string name, string extension) =>
        $"stories/{storyId.ToString(CultureInfo.InvariantCulture)}/{name}-{Guid.NewGuid().ToString("N")[..12]}{extension}";

    private static string Stamp(string key)
    {
        var file = key[(key.LastIndexOf('/') + 1)..];
        var dash = file.LastIndexOf('-');
        var dot = file.IndexOf('.', Math.Max(dash, 0));
        return dash < 0 ? file : file[(dash + 1)..(dot < 0 ? file.Length : dot)];
    }
}
