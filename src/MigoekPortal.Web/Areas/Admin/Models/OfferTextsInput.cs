using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The texts of an offer in one language, as edited in the German form and in the translation form.</summary>
public sealed class OfferTextsInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(400, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Summary")]
    public string? Summary { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.Description")]
    public string? Description { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.Eligibility")]
    public string? Eligibility { get; set; }

    [StringLength(20000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.HowToApply")]
    public string? HowToApply { get; set; }

    [StringLength(400, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.CostNote")]
    public string? CostNote { get; set; }

    public static OfferTextsInput From(OfferTranslation? t) => new()
    {
        Title = t?.Title, Summary = t?.Summary, Description = t?.Description, Eligibility = t?.Eligibility,
        HowToApply = t?.HowToApply, CostNote = t?.CostNote,
    };

    /// <summary>Writes the texts; true when anything changed.</summary>
    public bool ApplyTo(OfferTranslation t)
    {
        var before = (t.Title, t.Summary, t.Description, t.Eligibility, t.HowToApply, t.CostNote);
        t.Title = Title!.Trim();
        t.Summary = Summary!.Trim();
        t.Description = Clean(Description);
        t.Eligibility = Clean(Eligibility);
        t.HowToApply = Clean(HowToApply);
        t.CostNote = Clean(CostNote);
        return before != (t.Title, t.Summary, t.Description, t.Eligibility, t.HowToApply, t.CostNote);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
