using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Tests.Browser;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Media;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Tests.Integration;

/// <summary>The public side of the success stories: gallery, story page, media delivery, the training corner.</summary>
public sealed class StoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<Story> StoryAsync(string district) => factory.WithDbAsync(db => db.Stories.AsNoTracking().Include(s => s.Translations).Include(s => s.HelpedBy)
        .SingleAsync(s => s.District!.Slug == district));

    private byte[] Stored(string key) => File.ReadAllBytes(Path.Combine(factory.MediaRoot, key));

    [Fact]
    public async Task Video_RangeRequest_Returns206_WithTheRightBytes()
    {
        var story = await StoryAsync("holzminden");
        var bytes = Stored(story.VideoKey!);
        var client = factory.CreateClient();
        foreach (var (from, to) in new[] { (0L, 99L), (1000L, 65_535L), (bytes.Length - 500L, bytes.Length - 1L) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, StoryMedia.Video(story));
            request.Headers.Range = new RangeHeaderValue(from, to);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal("video/mp4", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(new ContentRangeHeaderValue(from, to, bytes.Length), response.Content.Headers.ContentRange);
            Assert.Equal(bytes[(int)from..(int)(to + 1)], await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Video_WholeFile_HasValidators_AndACachedCopyGets304()
    {
        var story = await StoryAsync("cloppenburg");
        var client = factory.CreateClient();
        var response = await client.GetAsync(StoryMedia.Video(story));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(Stored(story.VideoKey!), await response.Content.ReadAsByteArrayAsync());
        using var again = new HttpRequestMessage(HttpMethod.Get, StoryMedia.Video(story));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [VttFact]
    public async Task Captions_InEveryLanguage_AreServedAsTextVtt_AndParseWithTheW3CParser()
    {
        var story = await StoryAsync("werra-meissner");
        var full = await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(s => s.Id == story.Id));
        Assert.Equal(Cultures.All.Order(), full.Captions.Select(c => c.Culture).Order());
        int? cues = null;
        foreach (var caption in full.Captions)
        {
            var response = await factory.CreateClient().GetAsync(StoryMedia.Caption(full, caption));
            Assert.Equal("text/vtt", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
            var parsed = await ParseWithW3CParserAsync(await response.Content.ReadAsStringAsync());
            cues ??= parsed.GetArrayLength();
            Assert.Equal(cues, parsed.GetArrayLength());
            Assert.All(parsed.EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("text").GetString())));
        }
        Assert.True(cues >= 6);
    }

    [Fact]
    public async Task StoryPage_HasATrackPerLanguage_TheVisitorsSelected_TheTranscript_AndVideoObjectJsonLd()
    {
        var story = await StoryAsync("cloppenburg");
        var html = await factory.CreateClient().GetPageAsync($"/ar/stories/{story.Id}/{StoryTexts.Slug(story)}");
        var page = new HtmlParser().ParseDocument(html);
        var tracks = page.QuerySelectorAll("video track");
        Assert.Equal(Cultures.All.Count, tracks.Length);
        Assert.All(tracks, t => Assert.Equal("captions", t.GetAttribute("kind")));
        Assert.Equal("ar", Assert.Single(tracks, t => t.HasAttribute("default")).GetAttribute("srclang"));
        var arabic = story.Translations.Single(t => t.Culture == "ar");
        Assert.Equal(arabic.Transcript!.Split("\n\n")[0], page.QuerySelector("#transcript .transcript p")!.TextContent);
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var ld = JsonDocument.Parse(scripts[^1].TextContent).RootElement;
        Assert.Equal("VideoObject", ld.GetProperty("@type").GetString());
        Assert.EndsWith(StoryMedia.Video(story)!, ld.GetProperty("contentUrl").GetString());
        Assert.Equal(Cultures.All.Count, ld.GetProperty("caption").GetArrayLength());
        Assert.All(ld.GetProperty("caption").EnumerateArray(), c => Assert.Equal("text/vtt", c.GetProperty("encodingFormat").GetString()));
        Assert.Equal(arabic.Transcript, ld.GetProperty("transcript").GetString());
        Assert.StartsWith("PT", ld.GetProperty("duration").GetString());
        // Every offer that helped is linked, and links back.
        var links = page.QuerySelectorAll("a[href^='/ar/offers/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(story.HelpedBy.Count, links.Count);
        var offerPage = new HtmlParser().ParseDocument(await factory.CreateClient().GetPageAsync(links[0]));
        Assert.NotNull(offerPage.QuerySelector($"#stories-title ~ ul a[href='/ar/stories/{story.Id}/{StoryTexts.Slug(story)}']"));
    }

    [Fact]
    public async Task Gallery_ListsStoriesNotTheInfoFilm_AndFiltersByDistrictAndSector()
    {
        var client = factory.CreateClient();
        var all = new HtmlParser().ParseDocument(await client.GetPageAsync("/de/stories"));
        Assert.Equal(3, all.QuerySelectorAll(".story-card").Length);
        Assert.All(all.QuerySelectorAll(".story-card img"), img => Assert.Equal(("480", "270", ""), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt"))));
        var holzminden = await StoryAsync("holzminden");
        var byDistrict = new HtmlParser().ParseDocument(await client.GetPageAsync("/de/stories?district=holzminden"));
        Assert.Equal($"/de/stories/{holzminden.Id}/{StoryTexts.Slug(holzminden)}", Assert.Single(byDistrict.QuerySelectorAll(".story-card h3 a")).GetAttribute("href"));
        var bySector = new HtmlParser().ParseDocument(await client.GetPageAsync("/de/stories?sector=" + Web.Offers.EnumKeys.Of(holzminden.Sector)));
        Assert.Single(bySector.QuerySelectorAll(".story-card"));
        var none = new HtmlParser().ParseDocument(await client.GetPageAsync("/de/stories?district=cloppenburg&sector=transport"));
        Assert.Empty(none.QuerySelectorAll(".story-card"));
        Assert.NotNull(none.QuerySelector("p.notice[role=status]"));
        // Nonsense in the query is a normal page, not an error.
        await client.GetPageAsync("/de/stories?district=%3Cscript%3E&sector=x&page=-5");
    }

    [Fact]
    public async Task Posters_AreWebP_InTheAdvertisedSizes()
    {
        var story = await StoryAsync("holzminden");
        foreach (var width in Posters.Widths)
        {
            var response = await factory.CreateClient().GetAsync(StoryMedia.Poster(story, width));
            Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
            using var image = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal((width, Posters.Height(width)), (image.Width, image.Height));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/media/stories/{story.Id}/poster-123.webp")).StatusCode);
    }

    [Fact]
    public async Task TrainingCorner_ShowsTheModules_TheNextWorkshops_TheFilm_AndAPrintableChecklist()
    {
        var client = factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetPageAsync("/uk/training"));
        var content = factory.Services.GetService(typeof(Web.Training.TrainingContent)) as Web.Training.TrainingContent;
        var texts = content!.For("uk");
        Assert.False(texts.IsFallback);
        Assert.Equal(texts.Modules.Select(m => m.Title), page.QuerySelectorAll(".modules h3").Select(h => h.TextContent));
        var next = await factory.WithDbAsync(db => db.Events.AsNoTracking().Where(e => e.Type == Web.Domain.Events.EventType.Training && e.End >= DateTime.Now)
            .OrderBy(e => e.Start).Select(e => e.Id).FirstAsync());
        Assert.StartsWith($"/uk/events/{next}/", page.QuerySelector("#dates-title ~ ul a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#film-title ~ .player video track[srclang=uk][default]"));
        var checklist = new HtmlParser().ParseDocument(await client.GetPageAsync("/uk/training/checklist"));
        Assert.Equal(texts.Checklist.Groups.Sum(g => g.Items.Count), checklist.QuerySelectorAll(".checkboxes li").Length);
        Assert.Equal("uk", checklist.QuerySelector("article.checklist")!.GetAttribute("lang"));
    }

    private static async Task<JsonElement> ParseWithW3CParserAsync(string vtt)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tools.VttChecker);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(vtt);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }
}
