using System.ComponentModel.DataAnnotations;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>An organisation's name and public contact data; the district it belongs to is not editable here.</summary>
public sealed class OrganizationInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.OrganizationName")]
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

    [RegularExpression(@"^(\+|0)[0-9][0-9 ()/-]{4,30}$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [RegularExpression("^https?://[^ ]+$", ErrorMessage = "Validation.Url")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Website")]
    public string? Website { get; set; }

    [StringLength(400, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Offer.OpeningHours")]
    public string? OpeningHours { get; set; }

    [RegularExpression(@"^\s*([A-Za-z]{2,3}([\s,;]+[A-Za-z]{2,3})*)?\s*$", ErrorMessage = "Validation.Languages")]
    [Display(Name = "Field.LanguagesSpoken")]
    public string? LanguagesSpoken { get; set; }

    /// <summary>Contacts by role; rows left empty are dropped.</summary>
    public List<ContactInput> Contacts { get; set; } = [];

    public Guid Version { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        Name = o.Name, Street = o.Street, PostalCode = o.PostalCode, City = o.City, Phone = o.Phone,
        Email = o.Email, Website = o.Website, OpeningHours = o.OpeningHours, Version = o.Version, LanguagesSpoken = o.LanguagesSpoken,
        Contacts = [.. o.Contacts.Select(c => new ContactInput { Role = c.Role, Phone = c.Phone, Email = c.Email })],
    };

    public void ApplyTo(Organization o)
    {
        o.Name = Name!.Trim();
        o.Street = Clean(Street);
        o.PostalCode = Clean(PostalCode);
        o.City = Clean(City);
        o.Phone = DistrictProfileInput.NormalizePhone(Clean(Phone));
        o.Email = Clean(Email);
        o.Website = Clean(Website);
        o.OpeningHours = Clean(OpeningHours);
        var languages = string.Join(' ', (LanguagesSpoken ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct());
        o.LanguagesSpoken = languages.Length == 0 ? null : languages;
        var contacts = Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Role)).Select(c => new OrganizationContact
        {
            Role = c.Role!.Trim(), Phone = DistrictProfileInput.NormalizePhone(Clean(c.Phone)), Email = Clean(c.Email),
        }).ToList();
        if (contacts.Count != o.Contacts.Count || contacts.Zip(o.Contacts).Any(p => (p.First.Role, p.First.Phone, p.First.Email) != (p.Second.Role, p.Second.Phone, p.Second.Email)))
        {
            o.Contacts.Clear();
            o.Contacts.AddRange(contacts);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
