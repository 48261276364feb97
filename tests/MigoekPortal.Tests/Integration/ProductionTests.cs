using System.Net;
using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Tests.Integration;

public sealed class ProductionFactory : PortalFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>Outside Development there are no demo accounts and errors show no details.</summary>
public sealed class ProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_SeedsContentButNoAccounts()
    {
        _ = factory.CreateClient();
        Assert.Equal(3, await factory.WithDbAsync(db => db.Districts.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Production_NotFound_IsTheFriendlyPage()
    {
        var response = await factory.CreateClient().GetAsync("/ru/missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ru\" dir=\"ltr\">", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Production_Https_SendsHstsForAYear()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://portal.example/") });
        var response = await client.GetAsync("/de/offers");
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("script-src 'self';", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
