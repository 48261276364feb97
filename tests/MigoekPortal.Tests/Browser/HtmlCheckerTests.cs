using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Browser;

/// <summary>Every listed page in every culture passes the Nu Html Checker with zero errors (one Java start for all).</summary>
public sealed class HtmlCheckerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [HtmlCheckerFact]
    public async Task AllSweptPages_HaveNoHtmlErrors()
    {
        var folder = Directory.CreateTempSubdirectory("migoek-html-");
        try
        {
            var files = await SavePagesAsync(folder.FullName);
            var errors = await RunCheckerAsync(files);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<List<string>> SavePagesAsync(string folder)
    {
        var files = new List<string>();
        var anonymous = factory.CreateClient();
        var staff = await factory.SignedInClientAsync("admin@demo.example");
        var offer = await SweepRoutes.OfferPathAsync(factory);
        var eventPath = await SweepRoutes.EventPathAsync(factory);
        var story = await SweepRoutes.StoryPathAsync(factory);
        var placeholders = await SweepRoutes.StaffPlaceholdersAsync(factory);
        foreach (var culture in Cultures.All)
        {
            var pages = SweepRoutes.Public.Select(r => (anonymous, $"/{culture}{SweepRoutes.PublicPath(r, offer, eventPath, story)}"))
                .Concat(SweepRoutes.Anonymous.Select(r => (anonymous, r)))
                .Concat(SweepRoutes.Staff.Select(r => (staff, SweepRoutes.StaffPath(r, placeholders))));
            foreach (var (client, url) in pages)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
                var file = Path.Combine(folder, $"{culture}{string.Concat(url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'))}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }
        }
        return files;
    }

    private static async Task<List<string>> RunCheckerAsync(List<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", Tools.VnuJar, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = (await stderr).Trim();
        Assert.True(json.StartsWith('{'), $"Unexpected checker output: {json} {await stdout}");
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
