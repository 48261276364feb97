using MigoekPortal.Web.Offers.Import;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The upload form and what the last upload did or would do.</summary>
public sealed record OfferImportViewModel
{
    public bool DryRun { get; init; } = true;

    public string? FileName { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public ImportResult? Result { get; init; }
}
