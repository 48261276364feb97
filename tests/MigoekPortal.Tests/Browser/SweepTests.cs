using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Browser;

/// <summary>
/// Every listed page in every culture, in a phone-sized Chromium: no axe violations, no page wider
/// than the screen, no request to any host but the portal, and no Content-Security-Policy violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SweepTests(LiveServer server)
{
    public static TheoryData<string> AllCultures() => [.. Cultures.All];

    [BrowserTheory]
    [MemberData(nameof(AllCultures))]
    public async Task PublicPages_PassAxeAndFitAPhone(string culture)
    {
        var page = await server.NewPhonePageAsync();
        var problems = new StringBuilder();
        await TrackCspViolationsAsync(page, problems);
        var foreignRequests = TrackForeignRequests(page);
        foreach (var route in SweepRoutes.Public.Concat(SweepRoutes.Anonymous))
        {
            var path = SweepRoutes.PublicPath(route, server.OfferPath, server.EventPath, server.StoryPath);
            var url = path.StartsWith("/admin", StringComparison.Ordinal) ? path : $"/{culture}{path}";
            if (route.StartsWith("/admin", StringComparison.Ordinal)) await SetStaffCultureAsync(page, culture);
            await CheckPageAsync(page, url, culture, problems);
        }
        problems.Append(string.Join(Environment.NewLine, foreignRequests));
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [BrowserTheory]
    [MemberData(nameof(AllCultures))]
    public async Task StaffPages_PassAxeAndFitAPhone(string culture)
    {
        var page = await server.NewPhonePageAsync(culture);
        var problems = new StringBuilder();
        await TrackCspViolationsAsync(page, problems);
        await LiveServer.SignInAsync(page, "admin@demo.example");
        foreach (var route in SweepRoutes.Staff)
        {
            await CheckPageAsync(page, SweepRoutes.StaffPath(route, server.StaffPlaceholders), culture, problems);
        }
        Assert.True(problems.Length == 0, problems.ToString());
    }

    private static async Task CheckPageAsync(IPage page, string url, string culture, StringBuilder problems)
    {
        var response = await page.GotoAsync(url);
        var expected = url.EndsWith("/no-such-page", StringComparison.Ordinal) ? 404 : 200;
        if (response?.Status != expected) problems.AppendLine($"{url}: status {response?.Status}, expected {expected}");
        await CheckCurrentPageAsync(page, url, culture, problems);
    }

    /// <summary>The sweep's checks on the page as it is, for pages reached by a form rather than an address.</summary>
    internal static async Task CheckCurrentPageAsync(IPage page, string url, string culture, StringBuilder problems)
    {
        var dir = culture is "ar" or "fa" ? "rtl" : "ltr";
        if (await page.GetAttributeAsync("html", "dir") != dir) problems.AppendLine($"{url}: html dir is not {dir}");
        if (await page.GetAttributeAsync("html", "lang") != culture) problems.AppendLine($"{url}: html lang is not {culture}");

        var axe = await page.RunAxe();
        foreach (var v in axe.Violations)
        {
            problems.AppendLine($"{url}: axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0) problems.AppendLine($"{url}: page is {overflow}px wider than a 360px phone screen");

        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        foreach (var v in violations) problems.AppendLine($"{url}: Content-Security-Policy violation: {v}");
    }

    /// <summary>
    /// Collects every <c>securitypolicyviolation</c> event of each page (read in <see cref="CheckPageAsync"/>) and every
    /// console message about the policy. The init script is injected by the browser itself, so the policy does not block it.
    /// </summary>
    internal static async Task TrackCspViolationsAsync(IPage page, StringBuilder problems)
    {
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener("securitypolicyviolation", e =>
                window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
            """);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                problems.AppendLine($"{page.Url}: console: {message.Text}");
        };
    }

    private async Task SetStaffCultureAsync(IPage page, string culture) =>
        await page.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = server.BaseAddress.ToString() }]);

    private List<string> TrackForeignRequests(IPage page)
    {
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && uri.Authority != server.BaseAddress.Authority) foreign.Add($"third-party request: {request.Url}");
        };
        return foreign;
    }
}
