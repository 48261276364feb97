using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Media;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Controllers;

/// <summary>
/// A story's video, captions and posters from the media store: range requests (206) so players can seek,
/// validators (ETag, Last-Modified) and caching. Media of a story that is not public only reach its editors.
/// </summary>
[Route("/media/stories/{id:int}")]
public sealed class StoryMediaController(PortalDbContext db, IMediaStore media, TimeProvider clock, IAuthorizationService auth) : Controller
{
    [HttpGet("video")]
    public Task<IActionResult> Video(int id, CancellationToken ct) =>
        ServeAsync(id, s => s.VideoKey is null ? null : (s.VideoKey, s.VideoContentType ?? "video/mp4"), ct);

    [HttpGet("captions/{culture}.vtt")]
    public Task<IActionResult> Captions(int id, string culture, CancellationToken ct) =>
        ServeAsync(id, s => s.Captions.FirstOrDefault(c => c.Culture == culture) is { } c ? (c.StorageKey, "text/vtt; charset=utf-8") : null, ct);

    [HttpGet("poster-{width:int}.webp")]
    public Task<IActionResult> Poster(int id, int width, CancellationToken ct) =>
        ServeAsync(id, s => s.PosterKey is null || !Posters.Widths.Contains(width) ? null : (Posters.Key(s.PosterKey, width), "image/webp"), ct);

    private async Task<IActionResult> ServeAsync(int id, Func<Story, (string Key, string ContentType)?> pick, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null || pick(story) is not { } file || media.Find(file.Key) is not { } info) return NotFound();
        var isPublic = story.IsPublic(clock.Today());
        if (!isPublic && !(User.Identity?.IsAuthenticated == true && (await auth.AuthorizeAsync(User, story, Operations.Edit)).Succeeded)) return NotFound();
        Response.Headers.CacheControl = isPublic ? "public, max-age=86400" : "private, no-cache";
        Response.Headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastModified.UtcTicks:x}\"");
        return File(media.OpenRead(file.Key), file.ContentType, info.LastModified, etag, enableRangeProcessing: true);
    }
}
