using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>A contact by role at an organisation: the role, and the phone and e-mail for it.</summary>
public sealed class ContactInput
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.ContactRole")]
    public string? Role { get; set; }

    [RegularExpression(@"^(\+|0)[0-9][0-9 ()/-]{4,30}$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }
}
