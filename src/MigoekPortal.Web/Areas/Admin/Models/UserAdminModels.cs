using System.ComponentModel.DataAnnotations;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>Roles and district assignments of a staff account, as invited or edited by a PortalAdmin.</summary>
public sealed class StaffAccessInput
{
    public List<string> Roles { get; set; } = [];

    public List<int> DistrictIds { get; set; } = [];
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public List<int> DistrictIds { get; set; } = [];
}

public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Districts, bool TwoFactor, bool Disabled, bool Invited);

public sealed record DistrictChoice(int Id, string Name);

public sealed record UserListViewModel(IReadOnlyList<UserRow> Users, IReadOnlyList<DistrictChoice> Districts, InviteInput Invite);

public sealed record UserEditViewModel(UserRow User, IReadOnlyList<DistrictChoice> Districts, StaffAccessInput Input);

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";
}

/// <summary>A new password set through a link (password reset or invitation).</summary>
public sealed class NewPasswordInput
{
    public string UserId { get; set; } = "";

    public string Token { get; set; } = "";

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

/// <summary>The role and district check boxes, for the invitation and the edit form.</summary>
public sealed record AccessChoicesModel(string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<int> DistrictIds, IReadOnlyList<DistrictChoice> Districts);
