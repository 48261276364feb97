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
        var response = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
