using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Integration;

public sealed class BrochureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> DistrictIdAsync(string slug) => factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync());

    private Task<BrochureSection> SectionAsync(string slug, string key) => factory.WithDbAsync(db => db.BrochureSections.AsNoTracking().Include(x => x.Translations)
        .SingleAsync(x => x.Key == key && db.Brochures.Any(b => b.Id == x.BrochureId && b.District!.Slug == slug)));

    [Fact]
    public async Task Get_Brochure_EveryDistrictAndCulture_ShowsAllSectionsWithContents()
    {
        var client = factory.CreateClient();
        foreach (var slug in new[] { "cloppenburg", "holzminden", "werra-meissner" })
        {
            var keys = await factory.WithDbAsync(db => db.BrochureSections.Where(x => db.Brochures.Any(b => b.Id == x.BrochureId && b.District!.Slug == slug))
                .OrderBy(x => x.Position).Select(x => x.Key).ToListAsync());
            Assert.Equal(10, keys.Count);
            foreach (var culture in Cultures.All)
            {
                var html = await client.GetPageAsync($"/{culture}/districts/{slug}/brochure");
                foreach (var key in keys)
                {
                    Assert.Contains($"href=\"#{key}\"", html);
                    Assert.Contains($"id=\"{key}\"", html);
                }
                Assert.Contains($"/{culture}/districts/{slug}/brochure.pdf", html);
            }
        }
        var german = await client.GetPageAsync("/de/districts/holzminden/brochure");
        Assert.Contains("Gründen im Landkreis Holzminden", german);
        Assert.Contains("Stand: 25.11.2026", german);
    }

    [Fact]
    public async Task Get_DistrictPage_ListsTheBrochureInEveryLanguageOfTheEdition()
    {
        var html = await factory.CreateClient().GetPageAsync("/de/districts/werra-meissner");
        Assert.Contains("href=\"/de/districts/werra-meissner/brochure\"", html);
        var languages = await factory.WithDbAsync(db => db.BrochureEditions.Where(e => db.Brochures.Any(b => b.Id == e.BrochureId && b.District!.Slug == "werra-meissner"))
            .OrderByDescending(e => e.Number).Select(e => e.Languages).FirstAsync());
        foreach (var culture in languages.Split(' ')) Assert.Contains($"href=\"/{culture}/districts/werra-meissner/brochure.pdf\"", html);
    }

    [Fact]
    public async Task Get_UnknownDistrictOrEdition_IsNotFound()
    {
        var client = factory.CreateClient();
        await client.GetPageAsync("/de/districts/nirgendwo/brochure", HttpStatusCode.NotFound);
        await client.GetPageAsync("/de/districts/holzminden/brochure?edition=99", HttpStatusCode.NotFound);
        await client.GetPageAsync("/de/districts/nirgendwo/brochure.pdf", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OtherDistrictsBrochure_ByGetAndHandMadePost_IsForbidden_AndNothingChanges()
    {
        var werra = await DistrictIdAsync("werra-meissner");
        var section = await SectionAsync("werra-meissner", "welcome");
        var editions = await factory.WithDbAsync(db => db.BrochureEditions.CountAsync());
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        foreach (var url in new[] { "", "/preview", "/sections/new", $"/sections/{section.Id}/edit", $"/sections/{section.Id}/translations/ar" })
            await client.GetPageAsync($"/admin/brochures/{werra}{url}", HttpStatusCode.Forbidden);

        var form = new Dictionary<string, string> { ["Input.Title"] = "Übernommen", ["Input.Body"] = "Text", ["direction"] = "down", ["asOf"] = "2026-12-01" };
        foreach (var url in new[] { "/publish", "/sections/new", $"/sections/{section.Id}/edit", $"/sections/{section.Id}/translations/ar", $"/sections/{section.Id}/move", $"/sections/{section.Id}/delete" })
        {
            var response = await client.PostFormAsync($"/admin/brochures/{werra}{url}", "/admin", form);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var after = await SectionAsync("werra-meissner", "welcome");
        Assert.Equal((section.Version, section.Position), (after.Version, after.Position));
        Assert.Equal(section.Translations.Select(t => t.Version).Order(), after.Translations.Select(t => t.Version).Order());
        Assert.Equal(editions, await factory.WithDbAsync(db => db.BrochureEditions.CountAsync()));
        Assert.Equal(10, await factory.WithDbAsync(db => db.BrochureSections.CountAsync(x => x.BrochureId == section.BrochureId)));
    }

    [Fact]
    public async Task ChangingAContactsPhone_ChangesItInEveryLanguagesBrochure()
    {
        var organization = await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.ExternalId == "auslaenderbehoerde-landkreis-holzminden"));
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var page = $"/admin/organizations/{organization.Id}/edit";
        var response = await (await Forms.ReadAsync(client, page, page)).Set("Input.Phone", "05531 707-123").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var anonymous = factory.CreateClient();
        foreach (var culture in Cultures.All)
        {
            var html = WebUtility.HtmlDecode(await anonymous.GetPageAsync($"/{culture}/districts/holzminden/brochure"));
            Assert.Contains("href=\"tel:+495531707123\"", html);
            Assert.Contains(culture == "de" ? "05531 707-123" : "+49 5531 707-123", html);
        }
    }

    [Fact]
    public async Task OtherDistrictsOrganisation_IsForbidden_AndUnchanged()
    {
        var organization = await factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.ExternalId == "auslaenderbehoerde-werra-meissner-kreis"));
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        await client.GetPageAsync($"/admin/organizations/{organization.Id}/edit", HttpStatusCode.Forbidden);
        var response = await client.PostFormAsync($"/admin/organizations/{organization.Id}/edit", "/admin",
            new Dictionary<string, string> { ["Input.Name"] = "Übernommen", ["Input.Phone"] = "0123 456789" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(organization.Version, await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == organization.Id).Select(o => o.Version).SingleAsync()));
    }

    [Fact]
    public async Task EditingGerman_MarksTranslationsOutdated_PublishingMakesANewEdition_AndTheOldOneStays()
    {
        var cloppenburg = await DistrictIdAsync("cloppenburg");
        var section = await SectionAsync("cloppenburg", "taxes-insurance");
        var client = await factory.SignedInClientAsync("cloppenburg@demo.example");
        var page = $"/admin/brochures/{cloppenburg}/sections/{section.Id}/edit";
        var form = await Forms.ReadAsync(client, page, page);
        var body = form["Input.Body"] + "\n\nEin neuer Absatz zur Probe.";

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.Body", body).PostAsync(client)).StatusCode);

        var after = await SectionAsync("cloppenburg", "taxes-insurance");
        Assert.Equal(section.SourceRevision + 1, after.SourceRevision);
        Assert.All(after.Translations.Where(t => t.Culture != "de"), t => Assert.True(t.SourceRevision < after.SourceRevision));
        var overview = await client.GetPageAsync($"/admin/brochures/{cloppenburg}");
        Assert.Contains("Deutscher Text geändert", overview);
        Assert.DoesNotContain("Ein neuer Absatz zur Probe.", await factory.CreateClient().GetPageAsync("/de/districts/cloppenburg/brochure"));

        var publish = await client.PostFormAsync($"/admin/brochures/{cloppenburg}/publish", $"/admin/brochures/{cloppenburg}", new Dictionary<string, string> { ["asOf"] = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var anonymous = factory.CreateClient();
        var latest = await anonymous.GetPageAsync("/de/districts/cloppenburg/brochure");
        Assert.Contains("Ein neuer Absatz zur Probe.", latest);
        Assert.Contains("Stand: 01.12.2026", latest);
        var arabic = await anonymous.GetPageAsync("/ar/districts/cloppenburg/brochure");
        Assert.Contains("Ein neuer Absatz zur Probe.", arabic); // outdated translation: German shown, with a notice
        var old = await anonymous.GetPageAsync("/de/districts/cloppenburg/brochure?edition=1");
        Assert.DoesNotContain("Ein neuer Absatz zur Probe.", old);
        Assert.Contains("Stand: 25.11.2026", old);
        Assert.DoesNotContain("Deutscher Text geändert", await client.GetPageAsync($"/admin/brochures/{cloppenburg}"));
    }

    [Fact]
    public async Task MoveUp_SwapsTheSectionWithTheOneBefore()
    {
        var holzminden = await DistrictIdAsync("holzminden");
        var second = await SectionAsync("holzminden", "steps");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");

        var response = await client.PostFormAsync($"/admin/brochures/{holzminden}/sections/{second.Id}/move", $"/admin/brochures/{holzminden}", new Dictionary<string, string> { ["direction"] = "up" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, (await SectionAsync("holzminden", "steps")).Position);
        Assert.Equal(1, (await SectionAsync("holzminden", "welcome")).Position);
        await client.PostFormAsync($"/admin/brochures/{holzminden}/sections/{second.Id}/move", $"/admin/brochures/{holzminden}", new Dictionary<string, string> { ["direction"] = "down" });
        Assert.Equal(1, (await SectionAsync("holzminden", "steps")).Position);
    }

    [Fact]
    public async Task Post_Section_WithAnUnknownReference_ShowsAnError_AndSavesNothing()
    {
        var holzminden = await DistrictIdAsync("holzminden");
        var section = await SectionAsync("holzminden", "networks");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var page = $"/admin/brochures/{holzminden}/sections/{section.Id}/edit";
        var form = await Forms.ReadAsync(client, page, page);

        var response = await form.Set("Input.Body", form["Input.Body"] + "\n\n{{contact:gibt-es-nicht}}\n").PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("{{contact:gibt-es-nicht}} verweist auf nichts", await response.Content.ReadAsStringAsync());
        Assert.Equal(section.Version, (await SectionAsync("holzminden", "networks")).Version);
    }

    [Fact]
    public async Task Translation_StaleForm_ShowsConflict_AndKeepsTheTranslatorsText()
    {
        var holzminden = await DistrictIdAsync("holzminden");
        var section = await SectionAsync("holzminden", "recognition");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var page = $"/admin/brochures/{holzminden}/sections/{section.Id}/translations/uk";
        var first = await Forms.ReadAsync(client, page, page);
        var second = await Forms.ReadAsync(client, page, page);
        Assert.Equal(HttpStatusCode.Redirect, (await first.Set("Input.Title", "Перший заголовок").Set("Input.Body", "Перший текст.").PostAsync(client)).StatusCode);

        var response = await second.Set("Input.Title", "Другий заголовок").Set("Input.Body", "Другий текст.").PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jemand anderes hat diese Angaben gespeichert", html);
        Assert.Contains("Другий заголовок", html);
        Assert.Contains("Перший заголовок", html);
        Assert.Equal("Перший заголовок", (await SectionAsync("holzminden", "recognition")).Translations.Single(t => t.Culture == "uk").Title);
    }
}
