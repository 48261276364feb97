namespace MigoekPortal.Tests.Browser;

/// <summary>A test that prints PDFs with Debian's Chromium and reads them with poppler-utils; skipped where they are missing, unless MIGOEK_REQUIRE_BROWSER=1.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (Tools.BrowserMissingReason() is { } reason) Skip = reason;
        else if (!File.Exists("/usr/bin/pdftotext") && !Tools.Required) Skip = "pdftotext not found. Install it with: apt-get install -y poppler-utils";
    }
}
