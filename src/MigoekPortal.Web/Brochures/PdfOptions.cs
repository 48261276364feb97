namespace MigoekPortal.Web.Brochures;

/// <summary>Printing brochures to PDF with headless Chromium (section <c>Pdf</c>).</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>The Chromium executable; the Docker image and Debian install it as <c>chromium</c>.</summary>
    public string ChromiumPath { get; set; } = "chromium";

    /// <summary>Where rendered PDFs are kept by content hash; default <c>App_Data/pdf-cache</c>.</summary>
    public string? CacheFolder { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
