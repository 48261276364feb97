using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Tests.Integration;

/// <summary>Tests that change stories, each on its own portal: consent expiry, external videos, a broken upload on a real server.</summary>
public sealed class StoryVisibilityTests
{
    private static Task<Story> StoryAsync(PortalFactory factory, string district) => factory.WithDbAsync(db => db.Stories.AsNoTracking()
        .Include(s => s.Translations).Include(s => s.HelpedBy).SingleAsync(s => s.District!.Slug == district));

    [Fact]
    public async Task ExpiredConsent_TakesTheStoryOffTheSite_Everywhere()
    {
        await using var factory = new PortalFactory();
        var story = await StoryAsync(factory, "werra-meissner");
        var page = $"/de/stories/{story.Id}/{StoryTexts.Slug(story)}";
        var offer = story.HelpedBy[0].OfferId;
        var client = factory.CreateClient();
        await client.GetPageAsync(page);
        Assert.Contains(page, await OfferPageAsync(client, offer));

        await factory.WithDbAsync(async db =>
        {
            var s = await db.Stories.SingleAsync(x => x.Id == story.Id);
            s.ConsentExpiresOn = DateOnly.FromDateTime(DateTime.Today.AddDays(-1));
            return await db.SaveChangesAsync();
        });

        await client.GetPageAsync(page, HttpStatusCode.NotFound);
        Assert.DoesNotContain($"/de/stories/{story.Id}/", await client.GetPageAsync("/de/stories"));
        Assert.DoesNotContain(page, await OfferPageAsync(client, offer));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(StoryMedia.Video(story))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(StoryMedia.Poster(story, 480))).StatusCode);

        // Its editors still see it, with the reason, and the staff list flags it.
        var staff = await factory.SignedInClientAsync("werra-meissner@demo.example");
        Assert.Contains("nicht öffentlich zu sehen", await staff.GetPageAsync(page));
        Assert.Contains("Einwilligung abgelaufen", await staff.GetPageAsync("/admin/stories"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(StoryMedia.Video(story))).StatusCode);
    }

    /// <summary>The offer's page, after the redirect to its canonical address.</summary>
    private static Task<string> OfferPageAsync(HttpClient client, int offer) => client.GetPageAsync($"/de/offers/{offer}");

    [Fact]
    public async Task ExternalVideo_LoadsNothingFromTheOtherHost_UntilTheVisitorAsks()
    {
        await using var factory = new PortalFactory();
        var story = await StoryAsync(factory, "cloppenburg");
        await factory.WithDbAsync(async db =>
        {
            var s = await db.Stories.SingleAsync(x => x.Id == story.Id);
            (s.VideoKey, s.ExternalVideoUrl) = (null, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        var before = new HtmlParser().ParseDocument(await client.GetPageAsync($"/de/stories/{story.Id}/{StoryTexts.Slug(story)}"));
        Assert.Empty(before.QuerySelectorAll("iframe, video, [src*='youtube']"));
        Assert.Equal("?video=external#player", before.QuerySelector(".external-video a.button")!.GetAttribute("href"));
        Assert.NotEmpty(before.QuerySelectorAll("#transcript .transcript p"));
        var after = new HtmlParser().ParseDocument(await client.GetPageAsync($"/de/stories/{story.Id}/{StoryTexts.Slug(story)}?video=external"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", after.QuerySelector(".player iframe")!.GetAttribute("src"));
    }

    /// <summary>
    /// A real Kestrel server and a raw socket: the upload starts, the portal writes it to its incoming folder as it
    /// arrives (streaming, not buffering), the connection drops, and no file is left behind.
    /// </summary>
    [Fact]
    public async Task BrokenOffUpload_LeavesNoFileBehind()
    {
        await using var factory = new PortalFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        var story = await StoryAsync(factory, "holzminden");
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        Assert.Equal("/admin", await http.SignInAsync("holzminden@demo.example"));
        var token = Html.AntiforgeryToken(await http.GetPageAsync($"/admin/stories/{story.Id}/media"));
        var incoming = Path.Combine(factory.MediaRoot, ".incoming");
        var before = Directory.EnumerateFiles(factory.MediaRoot, "*", SearchOption.AllDirectories).Order().ToList();

        const string boundary = "----migoek-test";
        var head = Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"film.mp4\"\r\nContent-Type: video/mp4\r\n\r\n");
        const long declared = 50L * 1024 * 1024;
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var request = $"POST /admin/stories/{story.Id}/media/video HTTP/1.1\r\nHost: {address.Authority}\r\nCookie: {cookies.GetCookieHeader(address)}\r\n"
                + $"RequestVerificationToken: {token}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {declared}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            await stream.WriteAsync(head);
            await stream.WriteAsync(Convert.FromHexString("00000018667479706D703432"));
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 48; i++) await stream.WriteAsync(chunk); // 3 MB of 50
            await stream.FlushAsync();
            // The portal is writing the upload to disk while it arrives.
            Assert.True(await EventuallyAsync(() => Directory.EnumerateFiles(incoming).Any(f => new FileInfo(f).Length > 1024 * 1024)), "no partial file while uploading");
            socket.Client.LingerState = new LingerOption(true, 0); // drop the connection as a failing mobile network would
        }

        Assert.True(await EventuallyAsync(() => !Directory.EnumerateFiles(incoming).Any()), "the partial upload was left behind");
        Assert.Equal(before, Directory.EnumerateFiles(factory.MediaRoot, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(story.VideoKey, (await StoryAsync(factory, "holzminden")).VideoKey);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (condition()) return true;
            await Task.Delay(100);
        }
        return condition();
    }
}
