namespace MigoekPortal.Tests.Browser;

/// <summary>
/// A test that needs Debian's Chromium. Skipped with an install hint where it is missing,
/// unless MIGOEK_REQUIRE_BROWSER=1 (CI), where the test runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Tools.BrowserMissingReason() is { } reason) Skip = reason;
    }
}
