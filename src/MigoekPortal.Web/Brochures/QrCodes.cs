using QRCoder;

namespace MigoekPortal.Web.Brochures;

/// <summary>QR codes as inline SVG, drawn on our server (no image service).</summary>
public static class QrCodes
{
    /// <summary>An SVG that scales to its container.</summary>
    public static string Svg(string url) => Graphic(url, 96, SvgQRCode.SizingMode.ViewBoxAttribute);

    /// <summary>A data URI of an SVG with a fixed size in CSS pixels, for the page margin of printed pages.</summary>
    public static string DataUri(string url, int pixels) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Graphic(url, pixels, SvgQRCode.SizingMode.WidthHeightAttribute)));

    private static string Graphic(string url, int pixels, SvgQRCode.SizingMode sizing)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(pixels, pixels), "#000000", "#ffffff", drawQuietZones: true, sizingMode: sizing);
    }
}
