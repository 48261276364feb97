using System.Text.RegularExpressions;

namespace MigoekPortal.Web.Stories;

/// <summary>Player addresses for the video hosts that offer one; anything else is only linked.</summary>
public static partial class ExternalVideos
{
    public static string? EmbedUrl(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        if (host is "youtu.be" && YouTubeId().Match(url.AbsolutePath.TrimStart('/')) is { Success: true } shortId)
            return $"https://www.youtube-nocookie.com/embed/{shortId.Value}";
        if ((host is "www.youtube.com" or "youtube.com" or "m.youtube.com") && System.Web.HttpUtility.ParseQueryString(url.Query)["v"] is { } v && YouTubeId().IsMatch(v))
            return $"https://www.youtube-nocookie.com/embed/{v}";
        if (host is "vimeo.com" or "www.vimeo.com" && VimeoId().Match(url.AbsolutePath) is { Success: true } vimeo)
            return $"https://player.vimeo.com/video/{vimeo.Groups[1].Value}?dnt=1";
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"^/(\d+)$")]
    private static partial Regex VimeoId();
}
