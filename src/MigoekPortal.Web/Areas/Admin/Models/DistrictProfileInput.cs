using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>What staff may change of their district's profile. Slug, name and state are the PortalAdmin's.</summary>
public sealed class DistrictProfileInput
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.OfficeName")]
    public string? OfficeName { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Validation.PostalCode")]
    [Display(Name = "Field.PostalCode")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [RegularExpression(@"^(\+|0)[0-9][0-9 ()/-]{4,30}$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [Url(ErrorMessage = "Validation.Url")]
    [RegularExpression("^https?://.+", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Website")]
    public string? Website { get; set; }

    /// <summary>Four-eyes publishing; only a PortalAdmin's post changes it (see <c>DistrictsController</c>).</summary>
    public bool RequiresSecondApproval { get; set; }

    /// <summary>The concurrency token of the version the form was made from.</summary>
    public Guid Version { get; set; }

    public static DistrictProfileInput From(District d) => new()
    {
        OfficeName = d.Office.Name, Street = d.Office.Street, PostalCode = d.Office.PostalCode, City = d.Office.City,
        Phone = d.Office.Phone, Email = d.Office.Email, Website = d.Office.Website, RequiresSecondApproval = d.RequiresSecondApproval, Version = d.Version,
    };

    public void ApplyTo(District d) => d.Office = new OfficeContact
    {
        Name = Clean(OfficeName), Street = Clean(Street), PostalCode = Clean(PostalCode), City = Clean(City),
        Phone = NormalizePhone(Clean(Phone)), Email = Clean(Email), Website = Clean(Website),
    };

    /// <summary>Staff type numbers the German way ("05531 707-0"); we store them internationally ("+49 5531 707-0").</summary>
    public static string? NormalizePhone(string? phone) =>
        phone is ['0', not '0', ..] ? "+49 " + phone[1..] : phone is ['0', '0', ..] ? "+" + phone[2..] : phone;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
