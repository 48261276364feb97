using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Tests.Integration;

/// <summary>Staff upload video, posters and captions; every upload is checked by content and leaves nothing half-written.</summary>
public sealed class StoryAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private Task<Story> StoryAsync(string district) => factory.WithDbAsync(db => db.Stories.AsNoTracking().Include(s => s.Translations).Include(s => s.HelpedBy)
        .SingleAsync(s => s.IsSample && s.District!.Slug == district));

    private static byte[] SampleVideo() =>
        ReadResource("MigoekPortal.Web.Data.Seed.Media.holzminden-schneiderei.mp4");

    internal static byte[] ReadResource(string name)
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private List<string> MediaFiles() => [.. Directory.EnumerateFiles(factory.MediaRoot, "*", SearchOption.AllDirectories).Order()];

    /// <summary>The token field first, then the file: the order a browser sends the upload form in.</summary>
    internal static MultipartFormDataContent Upload(string token, byte[] file, string fileName, string contentType)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(part, "file", fileName);
        return content;
    }

    private async Task<(HttpClient Client, string Token)> MediaPageAsync(int id)
    {
        var client = await factory.SignedInClientAsync(Editor);
        return (client, Html.AntiforgeryToken(await client.GetPageAsync($"/admin/stories/{id}/media")));
    }

    [Fact]
    public async Task UploadVideo_Mp4_ReplacesTheOldFile_AndIsServed()
    {
        var story = await StoryAsync("holzminden");
        var (client, token) = await MediaPageAsync(story.Id);
        var video = SampleVideo();
        var response = await client.PostAsync($"/admin/stories/{story.Id}/media/video", Upload(token, video, "interview.mp4", "video/mp4"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await StoryAsync("holzminden");
        Assert.NotEqual(story.VideoKey, after.VideoKey);
        Assert.Equal("video/mp4", after.VideoContentType);
        Assert.False(File.Exists(Path.Combine(factory.MediaRoot, story.VideoKey!)));
        Assert.Equal(video, await factory.CreateClient().GetByteArrayAsync(Web.Stories.StoryMedia.Video(after)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(factory.MediaRoot, ".incoming")));
    }

    [Fact]
    public async Task UploadVideo_RenamedExe_IsRefusedByContent_AndNothingIsStored()
    {
        var story = await StoryAsync("holzminden");
        var (client, token) = await MediaPageAsync(story.Id);
        var before = MediaFiles();
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. Enumerable.Repeat((byte)0x41, 200_000)];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/stories/{story.Id}/media/video") { Content = Upload(token, exe, "film.mp4", "video/mp4") };
        request.Headers.Accept.ParseAdd("application/json"); // as the upload script asks
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Contains("MP4", answer.GetProperty("message").GetString());
        Assert.Equal(before, MediaFiles());
        Assert.Equal(story.VideoKey, (await StoryAsync("holzminden")).VideoKey);

        // Without the script the page comes back with the message.
        var page = await client.PostAsync($"/admin/stories/{story.Id}/media/video", Upload(token, exe, "film.mp4", "video/mp4"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, page.StatusCode);
        Assert.Contains("kein Video im Format MP4 oder WebM", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UploadVideo_OverTheLimit_IsRefused_AndNothingIsStored()
    {
        await using var small = factory.WithWebHostBuilder(b => b.UseSetting("Media:MaxVideoBytes", "100000"));
        var story = await StoryAsync("holzminden");
        var client = small.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/admin", await client.SignInAsync(Editor));
        var token = Html.AntiforgeryToken(await client.GetPageAsync($"/admin/stories/{story.Id}/media"));
        var before = MediaFiles();
        var response = await client.PostAsync($"/admin/stories/{story.Id}/media/video", Upload(token, SampleVideo(), "film.mp4", "video/mp4"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("höchstens 0 MB", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, MediaFiles());
    }

    [Fact]
    public async Task UploadVideo_WithoutAntiforgeryToken_IsRefused()
    {
        var story = await StoryAsync("holzminden");
        var (client, _) = await MediaPageAsync(story.Id);
        var response = await client.PostAsync($"/admin/stories/{story.Id}/media/video", Upload("forged", SampleVideo(), "film.mp4", "video/mp4"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(story.VideoKey, (await StoryAsync("holzminden")).VideoKey);
    }

    [Fact]
    public async Task UploadCaptions_Broken_NamesTheLine_Valid_IsSavedAndServed()
    {
        var story = await StoryAsync("holzminden");
        var (client, token) = await MediaPageAsync(story.Id);
        var broken = Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nMerhaba\n\n00:00:02,500 --> 00:00:04.000\nHoş geldiniz\n");
        var refused = await client.PostAsync($"/admin/stories/{story.Id}/media/captions/tr", Upload(token, broken, "tr.vtt", "text/vtt"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Zeile 6:", await refused.Content.ReadAsStringAsync());
        var valid = Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nMerhaba\n\n00:00:02.500 --> 00:00:04.000\nHoş geldiniz\n");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/admin/stories/{story.Id}/media/captions/tr", Upload(token, valid, "tr.vtt", "text/vtt"))).StatusCode);
        var after = await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(s => s.Id == story.Id));
        var caption = after.Captions.Single(c => c.Culture == "tr");
        Assert.Equal(valid, await factory.CreateClient().GetByteArrayAsync(Web.Stories.StoryMedia.Caption(after, caption)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/admin/stories/{story.Id}/media/captions/xx", Upload(token, valid, "x.vtt", "text/vtt"))).StatusCode);
    }

    [Fact]
    public async Task UploadPoster_Image_IsResized_NotAnImage_IsRefused()
    {
        var story = await StoryAsync("holzminden");
        var (client, token) = await MediaPageAsync(story.Id);
        var jpeg = ReadResource("MigoekPortal.Web.Data.Seed.Media.cloppenburg-syrisches-catering.jpg");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/admin/stories/{story.Id}/media/poster", Upload(token, jpeg, "bild.jpg", "image/jpeg"))).StatusCode);
        var after = await StoryAsync("holzminden");
        Assert.NotEqual(story.PosterKey, after.PosterKey);
        var svg = Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync($"/admin/stories/{story.Id}/media/poster", Upload(token, svg, "bild.jpg", "image/jpeg"))).StatusCode);
        Assert.Equal(after.PosterKey, (await StoryAsync("holzminden")).PosterKey);
    }

    [Fact]
    public async Task OtherDistrictsStory_ByGetAndHandMadePost_IsForbidden_AndUnchanged()
    {
        var story = await StoryAsync("werra-meissner");
        var client = await factory.SignedInClientAsync(Editor);
        foreach (var page in new[] { "edit", "media", "translations/ar" })
            await client.GetPageAsync($"/admin/stories/{story.Id}/{page}", HttpStatusCode.Forbidden);
        var token = Html.AntiforgeryToken(await client.GetPageAsync("/admin/stories"));
        var before = MediaFiles();
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.PersonName"] = "X", ["Input.BusinessName"] = "X", ["Input.Title"] = "Übernommen", ["status"] = "Archived", ["Input.Version"] = story.Version.ToString() };
        foreach (var url in new[] { "edit", "status", "translations/ar", "media/video/delete", "media/captions/de/delete" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/admin/stories/{story.Id}/{url}", new FormUrlEncodedContent(form))).StatusCode);
        foreach (var url in new[] { "media/video", "media/poster", "media/captions/de" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/admin/stories/{story.Id}/{url}", Upload(token, SampleVideo(), "x.mp4", "video/mp4"))).StatusCode);
        var after = await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(s => s.Id == story.Id));
        Assert.Equal((story.Version, story.Status, story.VideoKey), (after.Version, after.Status, after.VideoKey));
        Assert.Equal(before, MediaFiles());
    }

    [Fact]
    public async Task NewStory_GoesToTheEditorsDistrict_AndPublishingNeedsConsentAndVideo()
    {
        var client = await factory.SignedInClientAsync(Editor);
        var offer = await factory.WithDbAsync(db => db.Offers.Where(o => o.Scope == OfferScope.Nationwide && o.Status == OfferStatus.Published).Select(o => o.Id).FirstAsync());
        var form = await Forms.ReadAsync(client, "/admin/stories/new", "/admin/stories/new");
        var created = await form.Set("Input.PersonName", "Testperson").Set("Input.BusinessName", "Testbetrieb").Set("Input.Title", "Eine neue Geschichte")
            .Set("Input.HelpedBy", offer.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var story = await factory.WithDbAsync(db => db.Stories.AsNoTracking().Include(s => s.District).Include(s => s.HelpedBy).SingleAsync(s => s.PersonName == "Testperson"));
        Assert.Equal(("holzminden", OfferStatus.Draft), (story.District!.Slug, story.Status));
        Assert.Equal(offer, Assert.Single(story.HelpedBy).OfferId);

        var refused = await client.PostFormAsync($"/admin/stories/{story.Id}/status", $"/admin/stories/{story.Id}/edit", new Dictionary<string, string> { ["status"] = "Published" });
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("gültige Einwilligung", text);
        Assert.Contains("Laden Sie ein Video hoch", text);

        // An expired consent is no consent.
        var edit = await Forms.ReadAsync(client, $"/admin/stories/{story.Id}/edit", $"/admin/stories/{story.Id}/edit");
        await edit.Set("Input.ConsentGivenOn", "2020-01-01").Set("Input.ConsentScope", "Web").Set("Input.ConsentExpiresOn", "2021-01-01")
            .Set("Input.ExternalVideoUrl", "https://www.youtube.com/watch?v=dQw4w9WgXcQ").PostAsync(client);
        text = await (await client.PostFormAsync($"/admin/stories/{story.Id}/status", $"/admin/stories/{story.Id}/edit", new Dictionary<string, string> { ["status"] = "Published" })).Content.ReadAsStringAsync();
        Assert.Contains("gültige Einwilligung", text);
        Assert.DoesNotContain("Laden Sie ein Video hoch", text);

        edit = await Forms.ReadAsync(client, $"/admin/stories/{story.Id}/edit", $"/admin/stories/{story.Id}/edit");
        await edit.Set("Input.ConsentExpiresOn", "2099-01-01").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/stories/{story.Id}/status", $"/admin/stories/{story.Id}/edit", new Dictionary<string, string> { ["status"] = "Published" })).StatusCode);
        Assert.Equal(OfferStatus.Published, (await factory.WithDbAsync(db => db.Stories.AsNoTracking().SingleAsync(s => s.Id == story.Id))).Status);
    }

    [Fact]
    public async Task StoryForm_BadInput_ShowsMessages_KeepsInput_SavesNothing()
    {
        var story = await StoryAsync("holzminden");
        var client = await factory.SignedInClientAsync(Editor);
        var edit = await Forms.ReadAsync(client, $"/admin/stories/{story.Id}/edit", $"/admin/stories/{story.Id}/edit");
        var response = await edit.Set("Input.PersonName", "").Set("Input.Title", "Neuer Titel, der nicht gespeichert wird").Set("Input.YearFounded", "20")
            .Set("Input.ConsentGivenOn", "2024-05-01").Set("Input.ConsentExpiresOn", "2024-04-01").Set("Input.ExternalVideoUrl", "javascript:alert(1)").PostAsync(client);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Neuer Titel, der nicht gespeichert wird", html);
        foreach (var field in new[] { "PersonName", "YearFounded", "ConsentExpiresOn", "ExternalVideoUrl" }) Assert.Contains($"id=\"Input_{field}-error\"", html);
        Assert.Equal(story.Version, (await StoryAsync("holzminden")).Version);
    }
}
