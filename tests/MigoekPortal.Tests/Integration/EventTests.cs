using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Tests.Browser;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Events;

namespace MigoekPortal.Tests.Integration;

public sealed class EventTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record ParsedEvent(string Uid, string Summary, string Status, int Sequence, string? Tzid, string Start, string StartUtc, string? Dtstamp);

    private static async Task<List<ParsedEvent>> ReadWithIcalJsAsync(string ics)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tools.IcsChecker);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(ics);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return JsonSerializer.Deserialize<List<ParsedEvent>>(output, Json)!;
    }

    [IcalFact]
    public async Task Feeds_ReadByASecondParser_HaveEveryEventWithItsUidBerlinTimeAndStatus()
    {
        var events = await factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.District).ToListAsync());
        var client = factory.CreateClient();
        foreach (var url in new[] { "/de/events/feed.ics", "/ar/events/feed.ics?district=holzminden", "/uk/events/feed.ics?type=training", "/fa/events/feed.ics?district=werra-meissner&type=infoEvent" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
            var parsed = await ReadWithIcalJsAsync(await response.Content.ReadAsStringAsync());
            Assert.NotEmpty(parsed);
            foreach (var p in parsed)
            {
                var e = Assert.Single(events, e => $"{e.Uid:D}@migoek-portal" == p.Uid);
                Assert.Equal("Europe/Berlin", p.Tzid);
                Assert.Equal(e.Start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), p.Start);
                Assert.Equal(EventTimes.ToUtc(e.Start), DateTime.Parse(p.StartUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
                Assert.Equal(e.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED", p.Status);
                Assert.Equal(e.Sequence, p.Sequence);
                Assert.NotNull(p.Dtstamp);
            }
        }
        var all = await ReadWithIcalJsAsync(await client.GetStringAsync("/de/events/feed.ics"));
        Assert.Contains(all, p => p.Status == "CANCELLED");
    }

    [IcalFact]
    public async Task AnEveningEventAfterTheSwitchToSummerTime_ShowsSixPmOnThePageAndInTheCalendar()
    {
        var now = EventTimes.Now(TimeProvider.System);
        var switchDay = LastSunday(now.Month > 3 || (now.Month == 3 && now.Day >= LastSunday(now.Year, 3).Day) ? now.Year + 1 : now.Year, 3);
        var start = switchDay.Date.AddDays(10).AddHours(18);
        var id = await factory.WithDbAsync(async db =>
        {
            var e = new Event { Type = EventType.InfoEvent, Audience = EventAudience.Founders, Start = start, End = start.AddHours(2), City = "Holzminden", DistrictId = await db.Districts.Where(d => d.Slug == "holzminden").Select(d => d.Id).SingleAsync() };
            e.Translations.Add(new EventTranslation { Culture = "de", Title = "Abend nach der Zeitumstellung", SourceRevision = 1 });
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var client = factory.CreateClient();

        var page = await client.GetPageAsync($"/de/events/{id}/abend-nach-der-zeitumstellung");
        var ics = await client.GetStringAsync($"/de/events/{id}.ics");

        Assert.Contains(">" + start.ToString("D", new CultureInfo("de")) + ", 18:00<", page);
        Assert.Contains($"DTSTART;TZID=Europe/Berlin:{start:yyyyMMdd}T180000", ics);
        var parsed = Assert.Single(await ReadWithIcalJsAsync(ics));
        Assert.Equal(new DateTime(start.Year, start.Month, start.Day, 16, 0, 0, DateTimeKind.Utc), DateTime.Parse(parsed.StartUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Sunday) day = day.AddDays(-1);
        return day;
    }

    [Fact]
    public async Task Lists_ShowUpcomingOrPast_FilteredByDistrictAndType()
    {
        var client = factory.CreateClient();
        var now = EventTimes.Now(TimeProvider.System);
        var events = await factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.District).ToListAsync());
        var upcoming = await client.GetPageAsync("/de/events?district=holzminden&type=infoEvent");
        foreach (var e in events)
        {
            var shown = upcoming.Contains($"href=\"/de/events/{e.Id}/", StringComparison.Ordinal);
            var expected = e.End >= now && e.Type == EventType.InfoEvent && (e.District?.Slug == "holzminden" || e.DistrictId == null);
            Assert.True(shown == expected, $"event {e.Id} shown={shown} expected={expected}");
        }
        var archive = await client.GetPageAsync("/de/events/archive");
        Assert.All(events.Where(e => e.End < now), e => Assert.Contains($"href=\"/de/events/{e.Id}/", archive));
        Assert.All(events.Where(e => e.End >= now), e => Assert.DoesNotContain($"href=\"/de/events/{e.Id}/", archive));
    }

    [Fact]
    public async Task Detail_HasEventJsonLd_WithStatusAndAttendanceMode_AndCancelledIsSaid()
    {
        var cancelled = await factory.WithDbAsync(db => db.Events.AsNoTracking().FirstAsync(e => e.Status == EventStatus.Cancelled));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/de/events/{cancelled.Id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var html = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("\"@type\":\"Event\"", html);
        Assert.Contains("https://schema.org/EventCancelled", html);
        Assert.Contains("https://schema.org/OfflineEventAttendanceMode", html);
        Assert.Contains("Abgesagt", html);
    }

    [Theory]
    [InlineData("/de/events/feed.ics?type=party", HttpStatusCode.BadRequest)]
    [InlineData("/de/events/feed.ics?district=nirgendwo", HttpStatusCode.NotFound)]
    [InlineData("/de/events/999999/x", HttpStatusCode.NotFound)]
    [InlineData("/de/events/999999.ics", HttpStatusCode.NotFound)]
    public async Task BadAddresses_AreClearErrors(string url, HttpStatusCode expected) =>
        Assert.Equal(expected, (await factory.CreateClient().GetAsync(url)).StatusCode);

    [Fact]
    public async Task HomeAndDistrictPages_ShowTheNextEvents()
    {
        var client = factory.CreateClient();
        Assert.Contains("Die nächsten Veranstaltungen", await client.GetPageAsync("/de/"));
        var district = await client.GetPageAsync("/de/districts/cloppenburg");
        Assert.Contains("Die nächsten Veranstaltungen", district);
        Assert.Matches("href=\"/de/events/\\d+/", district);
    }
}
