using System.Net;
using Microsoft.EntityFrameworkCore;

namespace MigoekPortal.Tests.Integration;

public sealed class NetworkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task District_ListsItsOwnAndServingOrganisations_ByKind_NotOtherDistricts()
    {
        var html = await factory.CreateClient().GetPageAsync("/de/network/holzminden");

        Assert.Contains("Landkreis Holzminden – Ausländerbehörde", html);
        Assert.Contains("Industrie- und Handelskammer Hannover", html);
        Assert.Contains("Investitions- und Förderbank Niedersachsen (NBank)", html); // serves the whole state
        Assert.DoesNotContain("Oldenburgische Industrie- und Handelskammer", html);
        Assert.DoesNotContain("Wirtschafts- und Infrastrukturbank Hessen", html);
        Assert.True(html.IndexOf("id=\"group-startup\"", StringComparison.Ordinal) < html.IndexOf("id=\"group-chambers\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"group-chambers\"", StringComparison.Ordinal) < html.IndexOf("id=\"group-banks\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task District_ShowsTheOffersAnOrganisationRunsThere()
    {
        var offer = await factory.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Provider).FirstAsync(o => o.District!.Slug == "werra-meissner"));
        var html = await factory.CreateClient().GetPageAsync("/de/network/werra-meissner");
        Assert.Contains($"href=\"/de/offers/{offer.Id}/", html);
        Assert.Contains(offer.Provider!.Name, html);
    }

    [Fact]
    public async Task UnknownDistrict_IsNotFound() =>
        await factory.CreateClient().GetPageAsync("/de/network/nirgendwo", HttpStatusCode.NotFound);
}
