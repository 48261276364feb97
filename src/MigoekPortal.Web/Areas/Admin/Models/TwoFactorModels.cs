using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed class TwoFactorCodeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.Required")]
    [Display(Name = "TwoFactor.Code")]
    public string Code { get; set; } = "";

    public bool UseRecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorSetupInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(12, ErrorMessage = "Validation.Required")]
    [Display(Name = "TwoFactor.Code")]
    public string Code { get; set; } = "";
}

public sealed record TwoFactorSetupViewModel(string SharedKey, string QrSvg, TwoFactorSetupInput Input);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, string ContinueUrl);
