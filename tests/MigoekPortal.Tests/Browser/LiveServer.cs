using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MigoekPortal.Tests.Browser;

/// <summary>The portal on a real Kestrel port and one headless Chromium, shared by the browser tests.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> StaffPlaceholders { get; private set; } = new Dictionary<string, string>();

    public string OfferPath { get; private set; } = "";

    public string EventPath { get; private set; } = "";

    public string StoryPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        OfferPath = await SweepRoutes.OfferPathAsync(_factory);
        EventPath = await SweepRoutes.EventPathAsync(_factory);
        StoryPath = await SweepRoutes.StoryPathAsync(_factory);
        StaffPlaceholders = await SweepRoutes.StaffPlaceholdersAsync(_factory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Tools.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A phone-sized page (360 px) in a fresh context.</summary>
    public async Task<IPage> NewPhonePageAsync(string? staffCulture = null)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, BaseURL = BaseAddress.ToString() });
        if (staffCulture is not null)
        {
            await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={staffCulture}|uic={staffCulture}", Url = BaseAddress.ToString() }]);
        }
        // The sweeps share two cores with other tests (Chromium printing PDFs among them): give a page time, not a flake.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/admin/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", MigoekPortal.Web.Data.Seed.DemoAccountSeeder.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/two-factor");
        await page.FillAsync("#Code", Totp.Code(MigoekPortal.Web.Data.Seed.DemoAccountSeeder.AuthenticatorKey));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>The portal behind this server, e.g. to read the e-mail it sent.</summary>
    public PortalFactory Factory => _factory;

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
