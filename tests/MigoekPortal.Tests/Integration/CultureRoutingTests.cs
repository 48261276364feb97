using System.Net;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Integration;

public sealed class CultureRoutingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData(null, "/de/")]
    [InlineData("ar-SY,ar;q=0.9,en;q=0.5", "/ar/")]
    [InlineData("tr-TR", "/tr/")]
    [InlineData("fa-IR,fa;q=0.9", "/fa/")]
    [InlineData("ja-JP,zh;q=0.8", "/de/")]
    [InlineData("uk,ru;q=0.8", "/uk/")]
    public async Task Get_Root_RedirectsToBestAcceptLanguageMatch(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    public static TheoryData<string> AllCultures() => [.. Cultures.All];

    [Theory]
    [MemberData(nameof(AllCultures))]
    public async Task Get_Home_EveryCulture_HasLangDirAndAlternates(string culture)
    {
        var html = await _client.GetPageAsync($"/{culture}/");
        var dir = culture is "ar" or "fa" ? "rtl" : "ltr";
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html);
        foreach (var other in Cultures.All)
        {
            Assert.Contains($"hreflang=\"{other}\" href=\"http://localhost/{other}/\"", html);
        }
        Assert.Contains("hreflang=\"x-default\"", html);
    }

    [Theory]
    [InlineData("/xx/")]
    [InlineData("/xx/districts/holzminden")]
    [InlineData("/de/no-such-page")]
    [InlineData("/de/districts/no-such-district")]
    [InlineData("/EN/")]
    public async Task Get_UnknownAddress_IsFriendly404(string url)
    {
        var html = await _client.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("href=\"/de/\"", html);
    }

    [Fact]
    public async Task Get_UnknownPageInArabic_Is404InArabic()
    {
        var html = await _client.GetPageAsync("/ar/no-such-page", HttpStatusCode.NotFound);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.DoesNotContain("Seite nicht gefunden", html);
    }

    [Fact]
    public async Task LanguageSwitcher_KeepsTheVisitorOnTheSamePage()
    {
        var html = await _client.GetPageAsync("/de/districts/holzminden");
        Assert.Contains("href=\"/ar/districts/holzminden\" lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">العربية</a>", html);
        Assert.Contains("href=\"/uk/districts/holzminden\" lang=\"uk\" hreflang=\"uk\" dir=\"ltr\">Українська</a>", html);
    }

    [Fact]
    public async Task Get_Health_LiveAndReady()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await _client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task StaticAssets_AreServedFromThePortalItself()
    {
        var html = await _client.GetPageAsync("/de/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site[^\"]*\\.css)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(css)).StatusCode);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//(?!localhost)", html.Replace("hreflang", "", StringComparison.Ordinal)
            .Replace("rel=\"alternate\"", "", StringComparison.Ordinal));
    }
}
