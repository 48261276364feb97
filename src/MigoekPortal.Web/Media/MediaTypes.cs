using System.Text;

namespace MigoekPortal.Web.Media;

/// <summary>Recognises uploads by their first bytes (file signatures), never by name or declared type.</summary>
public static class MediaTypes
{
    // ISO base media brands of MP4 files as cameras, phones and encoders write them; QuickTime ("qt  ") is not MP4.
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "MSNV", "mmp4"];

    /// <returns><c>video/mp4</c>, <c>video/webm</c>, or null.</returns>
    public static string? Video(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && Mp4Brands.Contains(Encoding.ASCII.GetString(head[8..12]))) return "video/mp4";
        // EBML header with the document type "webm" (Matroska files say "matroska").
        if (head.Length >= 4 && head[..4].SequenceEqual(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }) && head.IndexOf("webm"u8) > 0) return "video/webm";
        return null;
    }

    public static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
        || head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })
        || (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));

    public static string Extension(string contentType) => contentType == "video/webm" ? ".webm" : ".mp4";
}
