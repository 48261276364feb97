using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>A download for participants: a title and a web address.</summary>
public sealed class MaterialInput
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.MaterialUrl")]
    public string? Url { get; set; }
}
