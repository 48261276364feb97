using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Models;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>A district's brochure for its staff: sections with their translation states, editions, and what changed since the last one.</summary>
public sealed record BrochureAdminViewModel(
    int DistrictId, string DistrictName, string DistrictSlug, IReadOnlyList<SectionRow> Sections,
    IReadOnlyList<EditionLink> Editions, IReadOnlyList<BrochureChange> Changes, IReadOnlyList<string> CompleteLanguages, DateOnly SuggestedAsOf);

public sealed record SectionRow(int Id, string Key, string Title, IReadOnlyDictionary<string, TranslationState> States);

/// <summary>One difference between the working copy and the last edition; <see cref="Cultures"/> lists changed translations.</summary>
public sealed record BrochureChange(string Kind, string Title, IReadOnlyList<string> Cultures);

/// <summary>A section's title and Markdown body in one language, with the concurrency token of what the form was made from.</summary>
public sealed class SectionInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(30000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.SectionBody")]
    public string? Body { get; set; }

    public Guid Version { get; set; }

    /// <summary>For translations: the revision of the German source the translator saw.</summary>
    public int SourceRevision { get; set; }
}

public sealed record SectionEditViewModel(int DistrictId, string DistrictName, int? SectionId, string Culture, SectionInput Input)
{
    /// <summary>The German source beside a translation; null when editing German.</summary>
    public SectionInput? German { get; init; }

    public SectionInput? Current { get; init; }

    public IReadOnlyList<RenderedSection> Preview { get; init; } = [];

    public bool Outdated { get; init; }
}
