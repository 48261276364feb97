using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Authorization;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Web.Areas.Admin.Controllers;

/// <summary>Uploading offer files (JSON, CSV, Excel) and downloading the user's offers in the same formats.</summary>
[Area("Admin"), Route("/admin/offers"), Authorize(Policies.Staff)]
public sealed class OfferImportController(PortalDbContext db, OfferImporter importer, OfferExporter exporter, TimeProvider clock, IStringLocalizer<SharedResource> s) : Controller
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    [HttpGet("import")]
    public IActionResult Import() => View(new OfferImportViewModel());

    /// <summary>
    /// A dry run (the default) shows what would change; the real run imports all or nothing. A file that touches
    /// offers of another district, or central offers without the central role, is refused with 403.
    /// </summary>
    [HttpPost("import"), RequestSizeLimit(MaxFileBytes + 1024 * 1024), RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes)]
    public async Task<IActionResult> Import(IFormFile? file, bool dryRun, CancellationToken ct)
    {
        var model = new OfferImportViewModel { DryRun = dryRun, FileName = file?.FileName };
        if (file is null || file.Length == 0) return Problem(model, "Admin.Import.NoFile");
        if (OfferFileFormats.FromFileName(file.FileName) is not { } format) return Problem(model, "Admin.Import.UnknownType");

        OfferFileRead read;
        await using (var stream = file.OpenReadStream()) read = await OfferFileFormats.ReadAsync(stream, format, ct);
        if (read.Document is null || read.Errors.Count > 0) return View(model with { Errors = [.. read.Errors.Select(e => e.Describe(s))] });

        var result = await importer.ImportAsync(read.Document, dryRun, User, ct: ct);
        if (result.Forbidden) Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(model with { Errors = [.. read.InFileTerms(result.Errors).Select(e => e.Describe(s))], Result = result });
    }

    [HttpGet("export.{extension:regex(^(json|csv|xlsx)$)}")]
    public async Task<IActionResult> Export(string extension, CancellationToken ct)
    {
        var format = OfferFileFormats.FromFileName("offers." + extension)!.Value;
        var document = await exporter.ExportAsync(db.EditableOffers(User), ct);
        var stream = new MemoryStream();
        await OfferFileFormats.WriteAsync(stream, document, format, ct);
        stream.Position = 0;
        var contentType = extension switch
        {
            "csv" => "text/csv; charset=utf-8",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => "application/json; charset=utf-8",
        };
        return File(stream, contentType, $"offers-{DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd}.{extension}");
    }

    private ViewResult Problem(OfferImportViewModel model, string key)
    {
        ModelState.AddModelError("file", s[key]);
        return View(model);
    }
}
