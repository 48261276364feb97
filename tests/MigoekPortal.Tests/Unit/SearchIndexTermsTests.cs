using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Tests.Unit;

/// <summary>The index folds and stems word by word; it must find exactly what <see cref="SearchText"/> makes of the whole text.</summary>
public sealed class SearchIndexTermsTests
{
    private static OfferIndexSnapshot Index(string text) => new(
        [(new IndexedOffer(1, "one", "one", OfferScope.Nationwide, null, null, null, null, default, default, default, default, default, ["de"], OfferCost.Free,
            null, default, "", new Dictionary<string, (string, string)> { ["de"] = ("Titel", "") }), [(text, 1f)])],
        new Dictionary<string, Web.Domain.FederalState>());

    private static bool Finds(string text, string query) => Index(text).Search(new OfferQuery { Text = query }).Total == 1;

    [Theory]
    [InlineData("Gründung\u00A0und\tFörderung\r\nfür  Gründerinnen")]
    [InlineData("Кредиты для\u2003предпринимателей")]
    [InlineData("Kredi\u2028başvurusu\u2029işletmeler")]
    [InlineData("  leading and trailing white space  ")]
    [InlineData("Beratung, Förderung; (Kredite) – «Zuschüsse»")]
    public void EveryTermOfTheText_IsFound(string text)
    {
        Assert.All(SearchText.Terms(text).Where(t => t.Length >= 2), term => Assert.True(Finds(text, term), term));
    }

    [Theory]
    [InlineData("Förder\u200Cberatung", "beratung")] // zero-width non-joiner: folded away, so one word
    [InlineData("Förder\u180Eberatung", "beratung")] // Mongolian vowel separator: a format character, not white space
    [InlineData("Förder\u00ADberatung", "beratung")] // soft hyphen
    public void FormatCharactersInsideAWord_DoNotSplitIt(string text, string notAWord)
    {
        Assert.True(Finds(text, "Förderberatung"));
        Assert.False(Finds(text, notAWord));
    }

    [Fact]
    public void ACombiningMarkAfterWhiteSpace_IsDroppedLikeInTheWholeText()
    {
        Assert.Equal(SearchText.Terms("Gr\u0308undung x").ToArray(), SearchText.Terms("Gründung x").ToArray());
        Assert.True(Finds("Beratung \u0301Gründung", "Gründung"));
    }
}
