using System.Net;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Events;

namespace MigoekPortal.Tests.Integration;

public sealed class EventAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private Task<Event> EventOfAsync(string? district, int skip = 0) => factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Translations)
        .Where(e => e.Status == EventStatus.Scheduled && (district == null ? e.DistrictId == null : e.District!.Slug == district))
        .OrderBy(e => e.Id).Skip(skip).FirstAsync());

    [Fact]
    public async Task OtherDistrictsOrOnlineEvents_ByGetAndHandMadePost_AreForbidden_AndUnchanged()
    {
        var client = await factory.SignedInClientAsync(Editor);
        foreach (var e in new[] { await EventOfAsync("werra-meissner"), await EventOfAsync(null) })
        {
            await client.GetPageAsync($"/admin/events/{e.Id}/edit", HttpStatusCode.Forbidden);
            var form = new Dictionary<string, string>
            {
                ["Input.Title"] = "Übernommen", ["Input.Date"] = "2027-05-05", ["Input.StartTime"] = "18:00", ["Input.EndTime"] = "20:00",
                ["Input.City"] = "Holzminden", ["Input.Languages"] = "de", ["date"] = "2027-05-05", ["start"] = "18:00", ["end"] = "20:00",
            };
            foreach (var url in new[] { "edit", "cancel", "move" })
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/admin/events/{e.Id}/{url}", "/admin/events", form)).StatusCode);
            var after = await factory.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(x => x.Id == e.Id));
            Assert.Equal((e.Version, e.Status, e.Start, e.Sequence), (after.Version, after.Status, after.Start, after.Sequence));
        }
    }

    [Theory]
    [InlineData("werra-meissner")]
    [InlineData(null)]
    public async Task Post_NewEvent_ForAnotherDistrictOrOnlineForAll_IsForbidden(string? district)
    {
        var client = await factory.SignedInClientAsync(Editor);
        var districtId = district is null ? "" : (await factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == district).Select(d => d.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await factory.WithDbAsync(db => db.Events.CountAsync());
        var response = await (await Forms.ReadAsync(client, "/admin/events/new", "/admin/events/new"))
            .Set("Input.DistrictId", districtId).Set("Input.Title", "Untergeschoben").Set("Input.Date", "2027-05-05")
            .Set("Input.StartTime", "18:00").Set("Input.EndTime", "20:00").Set("Input.City", "Eschwege").PostAsync(client);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task NewEvent_OwnDistrict_AppearsInTheFeed_AtGermanTime()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var response = await (await Forms.ReadAsync(client, "/admin/events/new", "/admin/events/new"))
            .Set("Input.Title", "Gründungsfrühstück in Bevern").Set("Input.Date", "2027-06-10").Set("Input.StartTime", "09:30")
            .Set("Input.EndTime", "11:00").Set("Input.City", "Bevern").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var e = await factory.WithDbAsync(db => db.Events.AsNoTracking().Include(x => x.District).SingleAsync(x => x.City == "Bevern"));
        Assert.Equal("holzminden", e.District!.Slug);
        var feed = await factory.CreateClient().GetStringAsync("/de/events/feed.ics?district=holzminden");
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270610T093000", feed);
    }

    [Fact]
    public async Task Cancel_And_Move_RaiseTheSequence_AndTheFeedFollows()
    {
        var cancelled = await EventOfAsync("holzminden");
        var moved = await EventOfAsync("holzminden", skip: 1);
        var client = await factory.SignedInClientAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/events/{cancelled.Id}/cancel", $"/admin/events/{cancelled.Id}/edit",
            new Dictionary<string, string> { ["note"] = "Die Referentin ist erkrankt." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/events/{moved.Id}/move", $"/admin/events/{moved.Id}/edit",
            new Dictionary<string, string> { ["date"] = "2027-04-15", ["start"] = "18:00", ["end"] = "20:00", ["note"] = "Neuer Termin wegen der Ferien." })).StatusCode);

        var feed = (await factory.CreateClient().GetStringAsync("/de/events/feed.ics?district=holzminden")).Replace("\r\n ", "", StringComparison.Ordinal);
        var cancelledBlock = Block(feed, $"{cancelled.Uid:D}@migoek-portal");
        Assert.Contains("STATUS:CANCELLED", cancelledBlock);
        Assert.Contains($"SEQUENCE:{cancelled.Sequence + 1}", cancelledBlock);
        var movedBlock = Block(feed, $"{moved.Uid:D}@migoek-portal");
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270415T180000", movedBlock);
        Assert.Contains($"SEQUENCE:{moved.Sequence + 1}", movedBlock);
        Assert.Contains("Neuer Termin wegen der Ferien.", await factory.CreateClient().GetPageAsync($"/de/events/{moved.Id}/x".Replace("/x", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Translation_SavedBesideGerman_ShowsInThatLanguagesFeed_AndAStaleFormKeepsBothTexts()
    {
        var e = await EventOfAsync("holzminden", skip: 2);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/events/{e.Id}/translations/tr";
        var html = await client.GetPageAsync(page);
        Assert.Contains(e.Translations.Single(t => t.Culture == "de").Title, html);
        var first = Forms.Parse(html, page);
        var second = Forms.Parse(html, page);

        Assert.Equal(HttpStatusCode.Redirect, (await first.Set("Input.Title", "Yeni başlık").PostAsync(client)).StatusCode);
        var stale = await second.Set("Input.Title", "İkinci başlık").PostAsync(client);

        var conflict = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("İkinci başlık", conflict);
        Assert.Contains("Yeni başlık", conflict);
        Assert.Contains("SUMMARY:Yeni başlık", (await factory.CreateClient().GetStringAsync("/tr/events/feed.ics?district=holzminden")).Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Translation_OfAnotherDistrictsEvent_IsForbidden()
    {
        var e = await EventOfAsync("cloppenburg");
        var client = await factory.SignedInClientAsync(Editor);
        await client.GetPageAsync($"/admin/events/{e.Id}/translations/ar", HttpStatusCode.Forbidden);
        var response = await client.PostFormAsync($"/admin/events/{e.Id}/translations/ar", "/admin/events", new Dictionary<string, string> { ["Input.Title"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PartnersAndMaterials_AreSaved_AndShownOnTheEventPage()
    {
        var e = await EventOfAsync("holzminden", skip: 3);
        var client = await factory.SignedInClientAsync(Editor);
        var page = $"/admin/events/{e.Id}/edit";
        var response = await (await Forms.ReadAsync(client, page, page)).SetAll("Input.Partners", "ihk-hannover", "kvhs-holzminden")
            .Set("Input.Materials[0].Title", "Folien des Abends").Set("Input.Materials[0].Url", "https://www.example.org/folien.pdf").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await factory.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(x => x.Id == e.Id));
        Assert.Equal("ihk-hannover kvhs-holzminden", after.Partners);
        Assert.Equal(e.Sequence + 1, after.Sequence);
        var html = await factory.CreateClient().GetPageAsync($"/de/events/{e.Id}/" + MigoekPortal.Web.Offers.Slugs.From(e.Translations.Single(t => t.Culture == "de").Title));
        Assert.Contains("Industrie- und Handelskammer Hannover", html);
        Assert.Contains("href=\"https://www.example.org/folien.pdf\"", html);
    }

    [Fact]
    public async Task Post_NewEvent_Invalid_ShowsMessages_KeepsInput_AndCreatesNothing()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var before = await factory.WithDbAsync(db => db.Events.CountAsync());
        var response = await (await Forms.ReadAsync(client, "/admin/events/new", "/admin/events/new"))
            .Set("Input.Title", "").Set("Input.Date", "2027-06-10").Set("Input.StartTime", "18:00").Set("Input.EndTime", "17:00")
            .Set("Input.City", "").Set("Input.Description", "Mein Text bleibt erhalten.").Set("Input.Registration", "Link").PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte füllen Sie das Feld „Titel“ aus.", html);
        Assert.Contains("Das Ende muss nach dem Beginn liegen.", html);
        Assert.Contains("Bitte geben Sie einen Ort oder einen Link zur Online-Veranstaltung an.", html);
        Assert.Contains("Bitte füllen Sie das Feld „Webseite für die Anmeldung“ aus.", html);
        Assert.Contains("Mein Text bleibt erhalten.", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task Post_Move_WithoutADate_ShowsAMessage_AndChangesNothing()
    {
        var e = await factory.WithDbAsync(db => db.Events.AsNoTracking().OrderByDescending(x => x.Id).FirstAsync(x => x.District!.Slug == "holzminden"));
        var client = await factory.SignedInClientAsync(Editor);
        var response = await client.PostFormAsync($"/admin/events/{e.Id}/move", $"/admin/events/{e.Id}/edit", new Dictionary<string, string> { ["start"] = "18:00", ["end"] = "17:00" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie Datum, Beginn und Ende an", await response.Content.ReadAsStringAsync());
        var after = await factory.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(x => x.Id == e.Id));
        Assert.Equal((e.Start, e.Status, e.Sequence), (after.Start, after.Status, after.Sequence));
    }

    private static string Block(string feed, string uid)
    {
        var at = feed.IndexOf("UID:" + uid, StringComparison.Ordinal);
        Assert.True(at >= 0, uid);
        var start = feed.LastIndexOf("BEGIN:VEVENT", at, StringComparison.Ordinal);
        return feed[start..feed.IndexOf("END:VEVENT", at, StringComparison.Ordinal)];
    }
}
