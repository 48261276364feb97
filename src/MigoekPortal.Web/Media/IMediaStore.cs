namespace MigoekPortal.Web.Media;

/// <summary>
/// Stored media files (videos, captions, posters) by key, such as <c>stories/3/video-….mp4</c>.
/// One small interface so that another storage (an object store) can replace the local folder.
/// </summary>
public interface IMediaStore
{
    /// <summary>The file's length and last change, or null when there is no such file.</summary>
    MediaInfo? Find(string key);

    /// <summary>A seekable stream of the file, for range requests.</summary>
    Stream OpenRead(string key);

    /// <summary>
    /// Streams <paramref name="content"/> to the key, all or nothing: a file that is too large, whose first bytes
    /// <paramref name="acceptHead"/> refuses, or whose upload breaks off leaves nothing behind.
    /// </summary>
    /// <exception cref="MediaRejectedException">Too large or of the wrong type.</exception>
    Task<long> SaveAsync(string key, Stream content, long maxBytes, Func<ReadOnlyMemory<byte>, bool>? acceptHead, CancellationToken ct);

    void Delete(string key);
}

public sealed record MediaInfo(long Length, DateTimeOffset LastModified);
