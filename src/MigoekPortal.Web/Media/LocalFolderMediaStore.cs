using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MigoekPortal.Web.Media;

/// <summary>
/// Media in a local folder. Uploads are written to <c>.incoming/</c> first and moved into place when complete,
/// so a reader never sees half a file and a broken upload leaves none.
/// </summary>
public sealed partial class LocalFolderMediaStore : IMediaStore
{
    /// <summary>Enough bytes to recognise every accepted type by its signature.</summary>
    public const int HeadLength = 64;

    private readonly string root;
    private readonly string incoming;

    public LocalFolderMediaStore(IOptions<MediaOptions> options, IWebHostEnvironment env)
    {
        root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Root));
        incoming = Path.Combine(root, ".incoming");
        Directory.CreateDirectory(incoming);
    }

    public MediaInfo? Find(string key)
    {
        var file = new FileInfo(PathOf(key));
        return file.Exists ? new MediaInfo(file.Length, file.LastWriteTimeUtc) : null;
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);

    public async Task<long> SaveAsync(string key, Stream content, long maxBytes, Func<ReadOnlyMemory<byte>, bool>? acceptHead, CancellationToken ct)
    {
        var target = PathOf(key);
        var part = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            long total;
            await using (var output = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                total = await CopyAsync(content, output, maxBytes, acceptHead, ct);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(part, target, overwrite: true);
            return total;
        }
        finally
        {
            File.Delete(part); // no-op after the move
        }
    }

    public void Delete(string key) => File.Delete(PathOf(key));

    private static async Task<long> CopyAsync(Stream content, Stream output, long maxBytes, Func<ReadOnlyMemory<byte>, bool>? acceptHead, CancellationToken ct)
    {
        var buffer = new byte[80 * 1024];
        var filled = 0;
        // The head is checked before anything is written.
        while (filled < HeadLength && await content.ReadAsync(buffer.AsMemory(filled, HeadLength - filled), ct) is var n and > 0) filled += n;
        if (filled == 0) throw new MediaRejectedException(MediaRejection.Empty);
        if (acceptHead is not null && !acceptHead(buffer.AsMemory(0, filled))) throw new MediaRejectedException(MediaRejection.WrongType);
        long total = filled;
        await output.WriteAsync(buffer.AsMemory(0, filled), ct);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes) throw new MediaRejectedException(MediaRejection.TooLarge);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total <= maxBytes ? total : throw new MediaRejectedException(MediaRejection.TooLarge);
    }

    private string PathOf(string key) =>
        KeyPattern().IsMatch(key) && !key.Contains("..", StringComparison.Ordinal)
            ? Path.Combine(root, key)
            : throw new ArgumentException($"Not a media key: {key}", nameof(key));

    [GeneratedRegex("^[a-z0-9][a-z0-9/._-]{0,199}$")]
    private static partial Regex KeyPattern();
}
