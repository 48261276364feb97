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
        await page.WaitForURLAsync("**/admin");
        Assert.Contains("Landkreis Holzminden", await page.InnerTextAsync("main"));
    }
}
