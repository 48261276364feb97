namespace MigoekPortal.Tests.Browser;

/// <summary>A test that needs the Nu Html Checker (npm vnu-jar under tests/tools) and Java.</summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute()
    {
        if (Tools.HtmlCheckerMissingReason() is { } reason) Skip = reason;
    }
}
