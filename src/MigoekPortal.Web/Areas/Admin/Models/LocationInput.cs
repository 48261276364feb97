using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed class LocationInput
{
    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.LocationName")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [RegularExpression(@"^\d{5}$", ErrorMessage = "Validation.PostalCode")]
    [Display(Name = "Field.PostalCode")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [StringLength(400, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.OpeningHours")]
    public string? OpeningHours { get; set; }

    public static LocationInput From(OfferLocation l) => new()
    {
        Name = l.Name, Street = l.Street, PostalCode = l.PostalCode, City = l.City, OpeningHours = l.OpeningHours,
    };

    public OfferLocation ToLocation() => new()
    {
        Name = Clean(Name), Street = Clean(Street), PostalCode = Clean(PostalCode), City = Clean(City), OpeningHours = Clean(OpeningHours),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
