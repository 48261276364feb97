using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";
}
