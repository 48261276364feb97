using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MigoekPortal.Tests.Browser;

/// <summary>The portal on a real port prints every brochure PDF in the background, so district pages show file sizes.</summary>
public sealed class BrochurePdfWarmUpTests
{
    private sealed class WarmingPortal : PortalFactory
    {
        protected override string WarmUpInterval => "01:00:00";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Pdf:WarmUpDelay", "00:00:00");
        }
    }

    [PdfFact]
    public async Task AfterStart_EveryLanguagesPdfIsPrinted_AndTheDistrictPageShowsItsSize()
    {
        using var portal = new WarmingPortal();
        portal.UseKestrel(0);
        portal.StartServer();
        using var client = portal.CreateClient();

        var deadline = DateTime.UtcNow.AddMinutes(4);
        string html;
        do
        {
            await Task.Delay(1000);
            html = await client.GetPageAsync("/de/districts/cloppenburg"); // printed first: districts go in order
        }
        while (CountSizes(html) < 10 && DateTime.UtcNow < deadline);

        Assert.Equal(10, CountSizes(html));
    }

    private static int CountSizes(string html) => System.Text.RegularExpressions.Regex.Count(html, @"\(\d[\d.]* KB\)");
}
