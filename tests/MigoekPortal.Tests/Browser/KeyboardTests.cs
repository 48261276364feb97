namespace MigoekPortal.Tests.Browser;

/// <summary>The portal works with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(LiveServer server)
{
    [BrowserFact]
    public async Task SkipLink_IsTheFirstStop_AndMovesFocusToTheContent()
    {
        var page = await server.NewPhonePageAsync();
        await page.GotoAsync("/ar/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.IsVisibleAsync(".skip-link"));

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task LanguageSwitcher_OpensAndSwitchesWithTheKeyboard_StayingOnThePage()
    {
        var page = await server.NewPhonePageAsync();
        await page.GotoAsync("/de/districts/holzminden");

        await page.FocusAsync(".language-switcher summary");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.IsVisibleAsync(".language-switcher a[lang=fa]"));
        await page.FocusAsync(".language-switcher a[lang=fa]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/fa/districts/holzminden");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("fa", await page.GetAttributeAsync("html", "lang"));
    }

    [BrowserFact]
    public async Task StaffSignIn_WorksWithTheKeyboardAlone()
    {
        var page = await server.NewPhonePageAsync();
        await page.GotoAsync("/admin/account/login");
        await page.FocusAsync("#Email");
        await page.Keyboard.TypeAsync("holzminden@demo.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(MigoekPortal.Web.Data.Seed.DemoAccountSeeder.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin/account/two-factor");
        await page.FocusAsync("#Code");
        await page.Keyboard.TypeAsync(Totp.Code(MigoekPortal.Web.Data.Seed.DemoAccountSeeder.AuthenticatorKey));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/admin");
        Assert.Contains("Landkreis Holzminden", await page.InnerTextAsync("main"));
    }

    [BrowserFact]
    public async Task StoryVideo_PlaysAndSwitchesCaptions_WithTheKeyboardAlone()
    {
        var page = await server.NewPhonePageAsync();
        await page.GotoAsync($"/tr{server.StoryPath}");
        Assert.True(await TabToAsync(page, "document.activeElement.tagName === 'VIDEO'"), "the video cannot be reached with Tab");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video'); return !v.paused && v.currentTime > 0.5; }");

        Assert.Equal(["tr"], await ShowingTracksAsync(page));
        Assert.True(await TabToAsync(page, "document.activeElement.matches('.player-captions select')"), "the caption choice cannot be reached with Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.EvaluateAsync<string>("() => document.activeElement.value");
        Assert.NotEqual("tr", chosen);
        Assert.Equal([chosen], await ShowingTracksAsync(page));
        await page.Keyboard.PressAsync("Home"); // the first choice: captions off
        Assert.Empty(await ShowingTracksAsync(page));
    }

    private static async Task<bool> TabToAsync(Microsoft.Playwright.IPage page, string condition)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => {condition}")) return true;
            await page.Keyboard.PressAsync("Tab");
        }
        return false;
    }

    private static Task<string[]> ShowingTracksAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string[]>("() => Array.from(document.querySelector('video').textTracks).filter(t => t.mode === 'showing').map(t => t.language)");
}
