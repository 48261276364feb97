using System.Net;

namespace MigoekPortal.Tests.Integration;

/// <summary>The security headers reach every kind of response: pages, staff pages, error pages, static files.</summary>
public sealed class SecurityHeaderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, HttpStatusCode, bool> Responses() => new()
    {
        { "/de/offers", HttpStatusCode.OK, false },
        { "/admin/offers", HttpStatusCode.OK, true },
        { "/de/no-such-page", HttpStatusCode.NotFound, false },
        { "/error/500", HttpStatusCode.InternalServerError, false },
        { "/css/site.css", HttpStatusCode.OK, false },
        { "/js/player.js", HttpStatusCode.OK, false },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_CarriesSecurityHeaders(string url, HttpStatusCode status, bool staff)
    {
        var client = staff ? await factory.SignedInClientAsync("admin@demo.example") : factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);

        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.StartsWith("'self' 'nonce-", directives["style-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("https://www.youtube-nocookie.com https://player.vimeo.com", directives["frame-src"]);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for Production only.");
    }

    [Fact]
    public async Task PrintView_InlineStyle_CarriesTheResponseNonce()
    {
        var response = await factory.CreateClient().GetAsync("/de/districts/werra-meissner/brochure/print");
        var nonce = Header(response, "Content-Security-Policy").Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"<style nonce=\"{nonce}\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = await factory.CreateClient().GetAsync("/de/districts/werra-meissner/brochure/print");
        Assert.NotEqual(nonce, Header(again, "Content-Security-Policy").Split("'nonce-")[1].Split('\'')[0]);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no {name} header");
}
