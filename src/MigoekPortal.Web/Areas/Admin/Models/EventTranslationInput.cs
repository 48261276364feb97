using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>An event's texts in one language, with the concurrency token and the German revision the translator saw.</summary>
public sealed class EventTranslationInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.Description")]
    public string? Description { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Events.Accessibility")]
    public string? Accessibility { get; set; }

    [StringLength(400, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Admin.Events.Note")]
    public string? StatusNote { get; set; }

    public Guid Version { get; set; }

    public int SourceRevision { get; set; }
}

public sealed record EventTranslationViewModel(int EventId, string Culture, EventTranslationInput German, EventTranslationInput Input, bool Outdated)
{
    public EventTranslationInput? Current { get; init; }
}
