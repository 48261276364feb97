using MigoekPortal.Web.Offers;

namespace MigoekPortal.Tests.Unit;

public sealed class SearchTextTests
{
    private static string[] Terms(string text) => [.. SearchText.Terms(text)];

    [Fact]
    public void German_UmlautsAndEszett_AreFolded() => Assert.Equal("strasse fordermittel", SearchText.Fold("Straße Fördermittel"));

    [Theory]
    [InlineData("Gründung")]
    [InlineData("gründen")]
    [InlineData("Gründer")]
    [InlineData("GRÜNDUNGEN")]
    public void German_WordFamily_MeetsAtOneStem(string word) => Assert.StartsWith("grund", Terms(word)[0]);

    [Fact]
    public void Turkish_DottedAndDotlessI_Match() => Assert.Equal(Terms("İşletme"), Terms("ışletme"));

    [Fact]
    public void Turkish_PluralSuffix_IsRemoved() => Assert.Equal(Terms("kredi"), Terms("krediler"));

    [Fact]
    public void Arabic_AlefVariantsDiacriticsAndArticle_AreFolded()
    {
        Assert.Equal(Terms("قرض"), Terms("القَرْض"));
        Assert.Equal(Terms("اعمال"), Terms("أعمال"));
    }

    [Fact]
    public void Persian_And_Arabic_YehAndKaf_AreUnified() => Assert.Equal(Terms("كمك"), Terms("کمک"));

    [Fact]
    public void Persian_ZeroWidthNonJoiner_IsIgnored() => Assert.Equal(Terms("میتوانید"), Terms("می\u200cتوانید"));

    [Fact]
    public void Russian_Yo_IsFoldedAndCaseEndingsRemoved()
    {
        Assert.Equal(Terms("ещё"), Terms("еще"));
        Assert.Equal(Terms("кредит"), Terms("кредитов"));
    }

    [Fact]
    public void ArabicIndicDigits_BecomeLatin() => Assert.Equal(["2026"], Terms("٢٠٢٦"));

    [Fact]
    public void Punctuation_SplitsWords() => Assert.Equal(3, Terms("ERP-Gründerkredit – StartGeld!").Length);

    [Theory]
    [InlineData("Gründungszuschuss der Agentur für Arbeit", "grundungszuschuss-der-agentur-fur-arbeit")]
    [InlineData("ERP-Gründerkredit – StartGeld", "erp-grunderkredit-startgeld")]
    [InlineData("!!!", "offer")]
    public void Slugs_AreReadableAscii(string title, string slug) => Assert.Equal(slug, Slugs.From(title));

    [Fact]
    public void Markdown_EscapesHtml_AndDropsUnsafeLinks()
    {
        var html = SafeMarkdown.ToHtml("<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://www.kfw.de) ![i](https://evil.example/p.png)");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("href=\"https://www.kfw.de\"", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Theory]
    [InlineData("## Start\n\ntext\n\n### Detail", "<h3>Start</h3>", "<h4>Detail</h4>")]
    [InlineData("# Start\n\n## Next", "<h3>Start</h3>", "<h4>Next</h4>")]
    public void Markdown_TopHeading_BecomesH3_UnderThePagesH2(string markdown, string first, string second)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        Assert.Contains(first, html);
        Assert.Contains(second, html);
    }
}
