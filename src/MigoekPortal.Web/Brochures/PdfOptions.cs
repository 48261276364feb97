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

    /// <summary>How long after start the PDFs are first printed in the background (the search index is built first).</summary>
    public TimeSpan WarmUpDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often the background printer checks every brochure PDF; zero switches it off.</summary>
    public TimeSpan WarmUpInterval { get; set; } = TimeSpan.FromMinutes(10);
}
