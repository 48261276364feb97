using SkiaSharp;

namespace MigoekPortal.Web.Media;

/// <summary>
/// Poster images, cropped to 16:9 and stored as WebP in two widths: one for the gallery, one for the player.
/// A poster's key is a stem; the files are <c>{stem}-480.webp</c> and <c>{stem}-960.webp</c>.
/// </summary>
public static class Posters
{
    public static readonly int[] Widths = [480, 960];

    public static string Key(string stem, int width) => $"{stem}-{width}.webp";

    public static int Height(int width) => width * 9 / 16;

    /// <returns>The encoded WebP per width, or null when the bytes are not an image Skia can decode.</returns>
    public static Dictionary<int, byte[]>? Render(byte[] image)
    {
        using var bitmap = SKBitmap.Decode(image);
        if (bitmap is null || bitmap.Width < 16 || bitmap.Height < 9) return null;
        var crop = CropTo16By9(bitmap.Width, bitmap.Height);
        var result = new Dictionary<int, byte[]>();
        foreach (var width in Widths)
        {
            var info = new SKImageInfo(width, Height(width), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info);
            using var source = SKImage.FromBitmap(bitmap);
            surface.Canvas.DrawImage(source, crop, new SKRect(0, 0, info.Width, info.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var snapshot = surface.Snapshot();
            using var data = snapshot.Encode(SKEncodedImageFormat.Webp, 72);
            result[width] = data.ToArray();
        }
        return result;
    }

    private static SKRect CropTo16By9(int width, int height)
    {
        var targetHeight = width * 9f / 16f;
        if (targetHeight <= height)
        {
            var top = (height - targetHeight) / 2f;
            return new SKRect(0, top, width, top + targetHeight);
        }
        var targetWidth = height * 16f / 9f;
        var left = (width - targetWidth) / 2f;
        return new SKRect(left, 0, left + targetWidth, height);
    }
}
