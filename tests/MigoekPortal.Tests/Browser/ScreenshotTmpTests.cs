namespace MigoekPortal.Tests.Browser;

public sealed class ScreenshotTmpTests(LiveServer server) : IClassFixture<LiveServer>
{
    [BrowserFact]
    public async Task Shots()
    {
        var id = "50";
        foreach (var culture in new[] { "de", "ar" })
        {
            var page = await server.NewPhonePageAsync(culture);
            await LiveServer.SignInAsync(page, "holzminden@demo.example");
            foreach (var (name, path) in new[] { ("new", "/admin/offers/new"), ("tr", $"/admin/offers/{id}/translations/ar"), ("list", "/admin/offers"), ("edit", $"/admin/offers/{id}/edit") })
            {
                await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
                var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
                for (var y = 0; y < height; y += 1200)
                    await page.ScreenshotAsync(new() { Path = $"/tmp/shot-{culture}-{name}-{y / 1200}.png", FullPage = true, Clip = new() { X = 0, Y = y, Width = 360, Height = Math.Min(1200, height - y) } });
            }
            await page.CloseAsync();
        }
    }
}
