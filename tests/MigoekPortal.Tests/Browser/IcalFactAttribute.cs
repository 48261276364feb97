namespace MigoekPortal.Tests.Browser;

/// <summary>A test that reads calendar feeds with ical.js (Node.js); skipped where it is missing, unless MIGOEK_REQUIRE_BROWSER=1.</summary>
public sealed class IcalFactAttribute : FactAttribute
{
    public IcalFactAttribute()
    {
        if (Tools.IcalJsMissingReason() is { } reason) Skip = reason;
    }
}
