using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Media;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Tests.Unit;

public sealed class WebVttTests
{
    [Fact]
    public void Parse_ValidFile_WithHeaderNoteIdentifiersAndSettings_ReadsEveryCue()
    {
        var (cues, error) = WebVtt.Parse("\uFEFFWEBVTT - Untertitel\r\nKind: captions\r\n\r\nNOTE made by hand\r\n\r\n1\r\n00:00.000 --> 00:02.500 align:start\r\nErste Zeile\r\nzweite Zeile\r\n\r\n00:00:02.600 --> 00:01:05.000\r\nمرحبا\r\n");
        Assert.Null(error);
        Assert.Equal(2, cues.Count);
        Assert.Equal(TimeSpan.FromSeconds(2.5), cues[0].End);
        Assert.Equal("Erste Zeile\nzweite Zeile", cues[0].Text);
        Assert.Equal(TimeSpan.FromSeconds(65), cues[1].End);
    }

    [Theory]
    [InlineData("WEBVT\n\n00:00.000 --> 00:01.000\nA\n", 1, "Caption.NoSignature")]
    [InlineData("WEBVTT\n00:00.000 --> 00:01.000\nA\n", 2, "Caption.BlankLineMissing")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\n00:02,000 --> 00:03.000\nB\n", 6, "Caption.BadTiming")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nA\n\n00:03.000 --> 00:02.000\nB\n", 6, "Caption.EndBeforeStart")]
    [InlineData("WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:03.000 --> 00:04.000\nB\n", 6, "Caption.OutOfOrder")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB\n", 5, "Caption.BlankLineMissing")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:01.000\n", 4, "Caption.EmptyCue")]
    [InlineData("WEBVTT\n\nNOTE nothing else\n", 4, "Caption.NoCues")]
    public void Parse_BrokenFile_NamesTheLineOfTheFirstError(string text, int line, string key)
    {
        var (_, error) = WebVtt.Parse(text);
        Assert.Equal(new WebVtt.Error(line, key), error);
    }

    [Fact]
    public void Parse_NotUtf8_IsAnError()
    {
        var latin1 = Encoding.Latin1.GetBytes("WEBVTT\n\n00:00.000 --> 00:01.000\nGrüße\n");
        Assert.Equal("Caption.NotUtf8", WebVtt.Parse(latin1).Error?.Key);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameCues()
    {
        WebVtt.Cue[] cues = [new(TimeSpan.Zero, TimeSpan.FromMilliseconds(3427), "Ich heiße Rania."), new(TimeSpan.FromSeconds(3.8), TimeSpan.FromHours(1.5), "Ende")];
        Assert.Equal(cues, WebVtt.Parse(WebVtt.Write(cues)).Cues);
    }
}

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("00000018667479706D703432", "video/mp4")]
    [InlineData("000000206674797069736F6D", "video/mp4")]
    [InlineData("1A45DFA3A34286810142F7810142F2810442F381084282847765626D", "video/webm")]
    [InlineData("1A45DFA3A34286810142F7810142F281044282886D617472", null)] // Matroska, not WebM
    [InlineData("0000001466747970717420200000", null)] // QuickTime
    [InlineData("4D5A90000300000004000000FFFF0000", null)] // a Windows program renamed to .mp4
    [InlineData("", null)]
    public void Video_IsRecognisedByItsSignature(string hex, string? expected) =>
        Assert.Equal(expected, MediaTypes.Video(Convert.FromHexString(hex)));

    [Theory]
    [InlineData("FFD8FFE000104A464946", true)]
    [InlineData("89504E470D0A1A0A0000", true)]
    [InlineData("524946462400000057454250565038", true)]
    [InlineData("3C7376672078", false)] // SVG text: not accepted as a poster
    [InlineData("4D5A9000", false)]
    public void Image_IsRecognisedByItsSignature(string hex, bool expected) =>
        Assert.Equal(expected, MediaTypes.IsImage(Convert.FromHexString(hex)));

    [Fact]
    public void ExternalVideos_OnlyKnownHostsGetAPlayer_WithoutTracking()
    {
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", ExternalVideos.EmbedUrl(new Uri("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3")));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", ExternalVideos.EmbedUrl(new Uri("https://youtu.be/dQw4w9WgXcQ")));
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1", ExternalVideos.EmbedUrl(new Uri("https://vimeo.com/76979871")));
        Assert.Null(ExternalVideos.EmbedUrl(new Uri("https://example.org/film.mp4")));
        Assert.Null(ExternalVideos.EmbedUrl(new Uri("https://www.youtube.com/watch?v=<script>")));
    }
}

public sealed class LocalFolderMediaStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"migoek-media-unit-{Guid.NewGuid():N}");
    private readonly LocalFolderMediaStore _store;

    public LocalFolderMediaStoreTests() => _store = new LocalFolderMediaStore(Options.Create(new MediaOptions { Root = _root }), new Env());

    private static readonly byte[] Mp4Head = Convert.FromHexString("00000018667479706D703432");

    private static MemoryStream Video(int length) => new([.. Mp4Head, .. new byte[length - Mp4Head.Length]]);

    private IEnumerable<string> Files() => Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories);

    [Fact]
    public async Task Save_WritesTheWholeFile_AndOnlyThere()
    {
        var length = await _store.SaveAsync("stories/1/video-a", Video(300_000), 1_000_000, h => MediaTypes.Video(h.Span) is not null, default);
        Assert.Equal(300_000, length);
        Assert.Equal(300_000, _store.Find("stories/1/video-a")!.Length);
        Assert.Equal([Path.Combine(_root, "stories", "1", "video-a")], Files());
    }

    [Fact]
    public async Task Save_TooLarge_WrongType_OrEmpty_LeavesNothingBehind()
    {
        var tooLarge = await Assert.ThrowsAsync<MediaRejectedException>(() => _store.SaveAsync("stories/1/v", Video(300_001), 300_000, null, default));
        Assert.Equal(MediaRejection.TooLarge, tooLarge.Reason);
        var exe = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, .. new byte[100_000]]);
        var wrong = await Assert.ThrowsAsync<MediaRejectedException>(() => _store.SaveAsync("stories/1/v", exe, 1_000_000, h => MediaTypes.Video(h.Span) is not null, default));
        Assert.Equal(MediaRejection.WrongType, wrong.Reason);
        var empty = await Assert.ThrowsAsync<MediaRejectedException>(() => _store.SaveAsync("stories/1/v", new MemoryStream(), 1_000_000, null, default));
        Assert.Equal(MediaRejection.Empty, empty.Reason);
        Assert.Empty(Files());
    }

    [Fact]
    public async Task Save_BrokenOff_LeavesNothingBehind_AndKeepsTheOldFile()
    {
        await _store.SaveAsync("stories/1/v", Video(1000), 1_000_000, null, default);
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync("stories/1/v", new BreaksAfter(Video(500_000), 200_000), 1_000_000, null, default));
        Assert.Equal(1000, _store.Find("stories/1/v")!.Length);
        Assert.Single(Files());
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("stories/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("Stories/1")]
    public void Keys_OutsideTheStore_AreRefused(string key) => Assert.Throws<ArgumentException>(() => _store.Find(key));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A request body whose connection drops part-way.</summary>
    private sealed class BreaksAfter(Stream inner, long after) : Stream
    {
        private long _read;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (_read >= after) throw new IOException("The client disconnected.");
            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, after - _read)], ct);
            _read += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class Env : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = "";
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "test";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public string EnvironmentName { get; set; } = "Test";
    }
}
