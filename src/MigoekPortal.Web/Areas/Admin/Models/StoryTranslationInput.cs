using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed class StoryTranslationInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Quote")]
    public string? Quote { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Story")]
    public string? Text { get; set; }

    [StringLength(50000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Stories.Transcript")]
    public string? Transcript { get; set; }

    public Guid Version { get; set; }

    public int SourceRevision { get; set; }
}
