using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Media;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Data.Seed;

/// <summary>
/// Seeds the sample stories and the training info film from <c>stories.json</c> (German, with the spoken cues)
/// and <c>stories.{culture}.json</c> (translated texts and cues by story key). The videos and posters the project
/// made itself are embedded; captions and transcripts are written from the cues, so they always match.
/// Every seeded story is marked as sample content with fictional people.
/// </summary>
public sealed class StorySeeder(PortalDbContext db, IMediaStore media, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Stories.AnyAsync(ct)) return;
        using var stream = Resource("Content.stories.json");
        if (stream is null) return;
        var seed = JsonSerializer.Deserialize<StoriesSeed>(stream, Json)!;
        var districts = await db.Districts.ToDictionaryAsync(d => d.Slug, d => d.Id, ct);
        var offers = await db.Offers.ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var translations = Cultures.All.Where(c => c != Cultures.Default).ToDictionary(c => c, LoadTranslations);
        var today = clock.Today();
        foreach (var s in seed.Stories)
        {
            var story = new Story
            {
                Kind = Enum.Parse<StoryKind>(s.Kind, ignoreCase: true),
                DistrictId = s.District is null ? null : districts[s.District],
                PersonName = s.Person, IsPseudonym = s.Pseudonym, BusinessName = s.Business,
                Sector = Enum.Parse<StorySector>(s.Sector, ignoreCase: true), YearFounded = s.YearFounded,
                Status = OfferStatus.Published, IsSample = true,
                ConsentGivenOn = today, ConsentScope = "Beispielinhalt mit fiktiven Personen (Web)", ConsentExpiresOn = today.AddYears(5),
                DurationSeconds = (int)Math.Ceiling(WebVtt.Time(s.Cues[^1].End).TotalSeconds),
            };
            var cues = new Dictionary<string, List<WebVtt.Cue>> { [Cultures.Default] = [.. s.Cues.Select(c => new WebVtt.Cue(WebVtt.Time(c.Start), WebVtt.Time(c.End), c.Text))] };
            story.Translations.Add(Translation(Cultures.Default, s.Title, s.Quote, s.Text, cues[Cultures.Default]));
            foreach (var (culture, texts) in translations)
            {
                if (texts.GetValueOrDefault(s.Key) is not { } t || t.Cues.Count != s.Cues.Count) continue;
                cues[culture] = [.. cues[Cultures.Default].Select((c, i) => c with { Text = t.Cues[i] })];
                story.Translations.Add(Translation(culture, t.Title, t.Quote, t.Text, cues[culture]));
            }
            story.HelpedBy.AddRange(s.HelpedBy.Where(offers.ContainsKey).Select(id => new StoryOffer { OfferId = offers[id] }));
            db.Stories.Add(story);
            await db.SaveChangesAsync(ct);
            await StoreMediaAsync(story, s, cues, ct);
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task StoreMediaAsync(Story story, StorySeed s, Dictionary<string, List<WebVtt.Cue>> cues, CancellationToken ct)
    {
        using (var video = Resource("Media." + s.Video))
        {
            if (video is not null)
            {
                story.VideoKey = StoryMedia.NewKey(story.Id, "video", ".mp4");
                story.VideoContentType = "video/mp4";
                await media.SaveAsync(story.VideoKey, video, long.MaxValue, null, ct);
            }
        }
        using (var poster = Resource("Media." + s.Poster))
        {
            if (poster is not null && Posters.Render(await ReadAllAsync(poster, ct)) is { } rendered)
            {
                story.PosterKey = StoryMedia.NewKey(story.Id, "poster", "");
                foreach (var (width, bytes) in rendered)
                    await media.SaveAsync(Posters.Key(story.PosterKey, width), new MemoryStream(bytes), long.MaxValue, null, ct);
            }
        }
        foreach (var (culture, list) in cues)
        {
            var key = StoryMedia.NewKey(story.Id, "captions-" + culture, ".vtt");
            await media.SaveAsync(key, new MemoryStream(Encoding.UTF8.GetBytes(WebVtt.Write(list))), long.MaxValue, null, ct);
            story.Captions.Add(new StoryCaption { Culture = culture, StorageKey = key, UploadedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
    }

    private static StoryTranslation Translation(string culture, string title, string quote, string text, List<WebVtt.Cue> cues) => new()
    {
        Culture = culture, Title = title, Quote = quote, Text = text, SourceRevision = 1,
        Transcript = string.Join("\n\n", cues.Select(c => c.Text.ReplaceLineEndings(" "))),
    };

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static Dictionary<string, TextSeed> LoadTranslations(string culture)
    {
        using var stream = Resource($"Content.stories.{culture}.json");
        return stream is null ? [] : JsonSerializer.Deserialize<Dictionary<string, TextSeed>>(stream, Json)!;
    }

    private static Stream? Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigoekPortal.Web.Data.Seed.{name}");

    private sealed record StoriesSeed(List<StorySeed> Stories);

    private sealed record StorySeed(
        string Key, string Kind, string? District, string Person, bool Pseudonym, string Business, string Sector, int? YearFounded,
        List<string> HelpedBy, string Video, string Poster, string Title, string Quote, string Text, List<CueSeed> Cues);

    private sealed record CueSeed(string Start, string End, string Text);

    private sealed record TextSeed(string Title, string Quote, string Text, List<string> Cues);
}
