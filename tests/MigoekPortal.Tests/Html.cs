using System.Net;
using System.Text.RegularExpressions;

namespace MigoekPortal.Tests;

/// <summary>Small helpers for reading pages and posting forms as a browser would.</summary>
public static partial class Html
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return body;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in page.");

    /// <summary>Posts a form with the antiforgery token taken from the page at <paramref name="tokenSource"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string tokenSource, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryToken(await client.GetPageAsync(tokenSource));
        var form = fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email, string password = MigoekPortal.Web.Data.Seed.DemoAccountSeeder.Password)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>
    /// Password, then the authenticator code: the demo accounts' documented key, or, for an account without
    /// two-factor yet, the key shown on the enrolment page. Returns the address the portal finally sends to.
    /// </summary>
    public static async Task<string?> SignInAsync(this HttpClient client, string email, string password = MigoekPortal.Web.Data.Seed.DemoAccountSeeder.Password)
    {
        var response = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var next = response.Headers.Location?.OriginalString ?? "";
        if (next.StartsWith("/admin/account/two-factor/setup", StringComparison.Ordinal))
        {
            var page = await client.GetPageAsync(next);
            var key = SharedKeyPattern().Match(page).Groups[1].Value;
            var enrolled = await client.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = Totp.Code(key), ["__RequestVerificationToken"] = AntiforgeryToken(page),
            }));
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
            return ContinuePattern().Match(await enrolled.Content.ReadAsStringAsync()).Groups[1].Value;
        }
        Assert.StartsWith("/admin/account/two-factor", next);
        var code = await client.PostFormAsync(next, next, new Dictionary<string, string>
        {
            ["Code"] = Totp.Code(MigoekPortal.Web.Data.Seed.DemoAccountSeeder.AuthenticatorKey),
        });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return code.Headers.Location?.OriginalString;
    }

    /// <summary>The shared key as the enrolment page shows it (groups of four).</summary>
    public static string SharedKey(string html) => SharedKeyPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("id=\"shared-key\" dir=\"ltr\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("<a class=\"button\" href=\"([^\"]+)\">")]
    private static partial Regex ContinuePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
