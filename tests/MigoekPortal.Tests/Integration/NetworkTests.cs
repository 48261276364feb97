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

    [Fact]
    public async Task ContactsByRoleAndLanguages_EnteredByTheDistrict_ShowInTheDirectory()
    {
        var organization = await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.ExternalId == "auslaenderbehoerde-landkreis-holzminden"));
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var page = $"/admin/organizations/{organization.Id}/edit";
        var response = await (await Forms.ReadAsync(client, page, page)).Set("Input.LanguagesSpoken", "de, en ar")
            .Set("Input.Contacts[0].Role", "Aufenthalt und Erwerbstätigkeit").Set("Input.Contacts[0].Phone", "05531 707-200").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = await factory.CreateClient().GetPageAsync("/de/network/holzminden");
        Assert.Contains("Aufenthalt und Erwerbstätigkeit", html);
        Assert.Contains("05531 707-200", html);
        Assert.Contains("lang=\"ar\">العربية", html);
        var saved = await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organization.Id));
        Assert.Equal("de en ar", saved.LanguagesSpoken);
        Assert.Equal("+49 5531 707-200", Assert.Single(saved.Contacts).Phone);
    }
}
