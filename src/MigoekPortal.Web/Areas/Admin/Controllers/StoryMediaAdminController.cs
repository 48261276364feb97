using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Infrastructure;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Media;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// A story's media: the video (streamed to storage, never held in memory), the poster and the captions per language.
/// Every upload is checked by its content, and a refused or broken upload leaves no file behind.
/// </summary>
[Area("Admin"), Route("/admin/stories/{id:int}/media"), Authorize(Policies.Staff)]
public sealed class StoryMediaAdminController(
    PortalDbContext db, IAuthorizationService auth, IMediaStore media, IAntiforgery antiforgery, IOptions<MediaOptions> options,
    TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        return story is null ? denied! : View(Model(story));
    }

    /// <summary>
    /// Reads the multipart body section by section: the antiforgery token (a header from the upload script, or the
    /// form field before the file), then the file, copied straight to storage.
    /// </summary>
    [HttpPost("video"), IgnoreAntiforgeryToken, DisableFormValueModelBinding]
    public async Task<IActionResult> Video(int id, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        var limit = options.Value.MaxVideoBytes;
        // Room for the multipart framing and the token around the file.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + 64 * 1024;
        if (Request.ContentLength > limit + 64 * 1024) return Refused(story, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 100 } boundary)
            return Refused(story, StatusCodes.Status400BadRequest, s["Upload.NoFile"]);
        var reader = new MultipartReader(boundary, Request.Body) { BodyLengthLimit = null };
        try
        {
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                if (section.GetContentDispositionHeader() is not { } disposition) continue;
                if (!disposition.IsFileDisposition())
                {
                    if (disposition.Name.Value == "__RequestVerificationToken" && !Request.Headers.ContainsKey("RequestVerificationToken"))
                        Request.Headers["RequestVerificationToken"] = await new StreamReader(section.Body).ReadToEndAsync(ct);
                    continue;
                }
                if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
                string? detected = null;
                var key = StoryMedia.NewKey(story.Id, "video", "");
                await media.SaveAsync(key, section.Body, limit, head => (detected = MediaTypes.Video(head.Span)) is not null, ct);
                return await ReplaceVideoAsync(story, key, detected!, ct);
            }
        }
        catch (MediaRejectedException e)
        {
            return Refused(story, e.Reason == MediaRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType,
                e.Reason switch { MediaRejection.TooLarge => TooLarge(limit), MediaRejection.Empty => s["Upload.NoFile"], _ => s["Upload.NotVideo"] });
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(story, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        }
        return Refused(story, StatusCodes.Status400BadRequest, s["Upload.NoFile"]);
    }

    [HttpPost("video/delete")]
    public async Task<IActionResult> DeleteVideo(int id, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        var old = story.VideoKey;
        (story.VideoKey, story.VideoContentType) = (null, null);
        await db.SaveChangesAsync(ct);
        if (old is not null) media.Delete(old);
        return Done(id, s["Admin.Stories.VideoDeleted"]);
    }

    [HttpPost("poster"), RequestSizeLimit(11 * 1024 * 1024)]
    public async Task<IActionResult> Poster(int id, IFormFile? file, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        if (file is null || file.Length == 0) return Refused(story, StatusCodes.Status400BadRequest, s["Upload.NoFile"]);
        if (file.Length > options.Value.MaxImageBytes) return Refused(story, StatusCodes.Status413PayloadTooLarge, TooLarge(options.Value.MaxImageBytes));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!MediaTypes.IsImage(bytes.AsSpan(0, Math.Min(bytes.Length, 64))) || Posters.Render(bytes) is not { } rendered)
            return Refused(story, StatusCodes.Status415UnsupportedMediaType, s["Upload.NotImage"]);
        var (old, stem) = (story.PosterKey, StoryMedia.NewKey(story.Id, "poster", ""));
        foreach (var (width, data) in rendered) await media.SaveAsync(Posters.Key(stem, width), new MemoryStream(data), long.MaxValue, null, ct);
        story.PosterKey = stem;
        await db.SaveChangesAsync(ct);
        if (old is not null) foreach (var width in Posters.Widths) media.Delete(Posters.Key(old, width));
        return Done(id, s["Admin.Stories.PosterSaved"]);
    }

    [HttpPost("captions/{culture}"), RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Caption(int id, string culture, IFormFile? file, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        if (!Cultures.IsSupported(culture)) return NotFound();
        if (file is null || file.Length == 0) return Refused(story, StatusCodes.Status400BadRequest, s["Upload.NoFile"]);
        if (file.Length > options.Value.MaxCaptionBytes) return Refused(story, StatusCodes.Status413PayloadTooLarge, TooLarge(options.Value.MaxCaptionBytes));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (WebVtt.Parse(bytes).Error is { } error)
            return Refused(story, StatusCodes.Status422UnprocessableEntity, s["Caption.ErrorAt", Cultures.Autonym(culture), error.Line, s[error.Key]]);
        var key = StoryMedia.NewKey(story.Id, "captions-" + culture, ".vtt");
        await media.SaveAsync(key, new MemoryStream(bytes), long.MaxValue, null, ct);
        var existing = story.Captions.FirstOrDefault(c => c.Culture == culture);
        var old = existing?.StorageKey;
        if (existing is null) story.Captions.Add(new StoryCaption { Culture = culture, StorageKey = key, UploadedAtUtc = clock.GetUtcNow().UtcDateTime });
        else (existing.StorageKey, existing.UploadedAtUtc) = (key, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        if (old is not null) media.Delete(old);
        return Done(id, s["Admin.Stories.CaptionSaved", Cultures.Autonym(culture)]);
    }

    [HttpPost("captions/{culture}/delete")]
    public async Task<IActionResult> DeleteCaption(int id, string culture, CancellationToken ct)
    {
        var (story, denied) = await LoadAsync(id, ct);
        if (story is null) return denied!;
        if (story.Captions.FirstOrDefault(c => c.Culture == culture) is not { } caption) return NotFound();
        story.Captions.Remove(caption);
        await db.SaveChangesAsync(ct);
        media.Delete(caption.StorageKey);
        return Done(id, s["Admin.Stories.CaptionDeleted", Cultures.Autonym(culture)]);
    }

    private async Task<IActionResult> ReplaceVideoAsync(Story story, string key, string contentType, CancellationToken ct)
    {
        var old = story.VideoKey;
        (story.VideoKey, story.VideoContentType) = (key, contentType);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            media.Delete(key);
            throw;
        }
        if (old is not null) media.Delete(old);
        return Done(story.Id, s["Admin.Stories.VideoSaved"]);
    }

    /// <summary>The upload script asks for JSON; a plain form post gets the page back.</summary>
    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private IActionResult Done(int id, string message)
    {
        if (WantsJson) return Json(new { ok = true, message, redirect = $"/admin/stories/{id}/media" });
        TempData["Status"] = message;
        return LocalRedirect($"/admin/stories/{id}/media");
    }

    private IActionResult Refused(Story story, int status, string message)
    {
        Response.StatusCode = status;
        return WantsJson ? Json(new { ok = false, message }) : View(nameof(Index), Model(story) with { Error = message });
    }

    private string TooLarge(long bytes) => s["Upload.TooLarge", (bytes / (1024 * 1024)).ToString(CultureInfo.CurrentCulture)];

    private StoryMediaViewModel Model(Story story) => new(story, story.Translations.First(t => t.Culture == Cultures.Default).Title,
        options.Value.MaxVideoBytes, [.. Cultures.All.Select(c => (c, story.Captions.FirstOrDefault(x => x.Culture == c)))]);

    private async Task<(Story? Story, IActionResult? Denied)> LoadAsync(int id, CancellationToken ct)
    {
        var story = await db.Stories.Include(x => x.Translations).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (story is null) return (null, NotFound());
        return (await auth.AuthorizeAsync(User, story, Operations.Edit)).Succeeded ? (story, null) : (null, Forbid());
    }
}
