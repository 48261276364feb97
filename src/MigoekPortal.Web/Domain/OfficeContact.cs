namespace MigoekPortal.Web.Domain;

/// <summary>
/// Public contact data of an office. Every field may be empty: we never guess contact data,
/// and the admin dashboard flags what is missing.
/// </summary>
public sealed class OfficeContact
{
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>International format with spaces, e.g. "+49 5531 707-0".</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) missing.Add(nameof(Name));
        if (string.IsNullOrWhiteSpace(Street) || string.IsNullOrWhiteSpace(PostalCode) || string.IsNullOrWhiteSpace(City)) missing.Add("Address");
        if (string.IsNullOrWhiteSpace(Phone)) missing.Add(nameof(Phone));
        if (string.IsNullOrWhiteSpace(Email)) missing.Add(nameof(Email));
        if (string.IsNullOrWhiteSpace(Website)) missing.Add(nameof(Website));
        return missing;
    }
}
