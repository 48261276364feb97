namespace MigoekPortal.Tests.Browser;

/// <summary>A test that reads caption files with the W3C WebVTT parser (Node.js); skipped where it is missing, unless MIGOEK_REQUIRE_BROWSER=1.</summary>
public sealed class VttFactAttribute : FactAttribute
{
    public VttFactAttribute()
    {
        if (Tools.WebVttParserMissingReason() is { } reason) Skip = reason;
    }
}
