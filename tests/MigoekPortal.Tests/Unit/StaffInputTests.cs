using MigoekPortal.Web.Infrastructure;

namespace MigoekPortal.Tests.Unit;

public sealed class StaffInputTests
{
    [Theory]
    [InlineData("a\u0000b\u0007c\u001Bd\u007Fe", "abcde")]
    [InlineData("\u202Egnp.exe", "gnp.exe")]
    [InlineData("\u2066+49 5531\u2069 \u202Ax\u202C", "+49 5531 x")]
    [InlineData("  Zeile 1\r\n\tZeile 2  ", "Zeile 1\r\n\tZeile 2")]
    [InlineData("مرحبا \u200FTest", "مرحبا \u200FTest")]
    [InlineData("🚀👩🏽‍💻", "🚀👩🏽‍💻")]
    public void Clean_RemovesHiddenCharactersAndTrims_KeepsTextLineBreaksAndMarks(string input, string expected) =>
        Assert.Equal(expected, StaffInputBinderProvider.Clean(input));
}
