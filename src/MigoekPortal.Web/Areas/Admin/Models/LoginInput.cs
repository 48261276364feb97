using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
