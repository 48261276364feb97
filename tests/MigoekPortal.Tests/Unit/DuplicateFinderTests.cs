using MigoekPortal.Web.Offers;

namespace MigoekPortal.Tests.Unit;

public sealed class DuplicateFinderTests
{
    [Theory]
    [InlineData("https://www.kfw.de/startgeld/", "http://kfw.de/startgeld")]
    [InlineData("https://WWW.KfW.de/Startgeld", "https://kfw.de/startgeld")]
    public void UrlKey_IgnoresSchemeWwwCaseAndTrailingSlash(string a, string b) =>
        Assert.Equal(DuplicateFinder.UrlKey(a), DuplicateFinder.UrlKey(b));

    [Fact]
    public void UrlKey_KeepsDifferentPathsApart() =>
        Assert.NotEqual(DuplicateFinder.UrlKey("https://www.kfw.de/startgeld"), DuplicateFinder.UrlKey("https://www.kfw.de/gruenderkredit"));

    [Theory]
    [InlineData("Gründungszuschuss der Agentur für Arbeit", "Gründungszuschuss der Agentur fur Arbeit")]
    [InlineData("ERP-Gründerkredit – StartGeld", "ERP Gründerkredit StartGeld")]
    [InlineData("Mikrokredit des Landes Niedersachsen", "Mikrokredit des Landes Niedersachsen.")]
    public void Similarity_NearlyEqualTitles_AreSimilar(string a, string b) =>
        Assert.True(DuplicateFinder.Similarity(a, b) >= DuplicateFinder.SimilarTitle, $"{DuplicateFinder.Similarity(a, b)}");

    [Theory]
    [InlineData("Gründungszuschuss der Agentur für Arbeit", "Einstiegsgeld des Jobcenters")]
    [InlineData("Gründungsberatung der IHK", "Gründungsberatung der Handwerkskammer")]
    public void Similarity_DifferentOffers_AreNotSimilar(string a, string b) =>
        Assert.True(DuplicateFinder.Similarity(a, b) < DuplicateFinder.SimilarTitle, $"{DuplicateFinder.Similarity(a, b)}");
}
