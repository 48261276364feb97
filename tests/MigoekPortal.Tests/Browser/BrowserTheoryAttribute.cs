namespace MigoekPortal.Tests.Browser;

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Tools.BrowserMissingReason() is { } reason) Skip = reason;
    }
}
