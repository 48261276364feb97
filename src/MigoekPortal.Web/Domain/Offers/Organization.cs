namespace MigoekPortal.Web.Domain.Offers;

/// <summary>
/// An organisation that provides offers (HSDS "organization") or that founders contact; shared between offers
/// and brochures. Local organisations belong to a district, whose staff keep their contact data; the rest are central.
/// Every contact field may be empty: we never guess, and the admin dashboard lists what is missing.
/// </summary>
public sealed class Organization : IVersioned, IDistrictOwned, ISoftDeletable
{
    public int Id { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public OrganizationType Type { get; set; }

    public string? Website { get; set; }

    /// <summary>The district whose staff keep this organisation's data; null for central organisations.</summary>
    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>International format with spaces, e.g. "+49 5531 707-0".</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>As staff write them, e.g. "Mo–Do 8–16 Uhr, Fr 8–12 Uhr".</summary>
    public string? OpeningHours { get; set; }

    /// <summary>ISO 639 codes of the languages advice is given in, space-separated; empty when nobody has confirmed them.</summary>
    public string? LanguagesSpoken { get; set; }

    public List<OrganizationContact> Contacts { get; } = [];

    public IEnumerable<string> LanguageCodes() => (LanguagesSpoken ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> MissingContactFields()
    {
        var missing = new List<string>();
        if (Street is null || PostalCode is null || City is null) missing.Add("Address");
        if (Phone is null) missing.Add(nameof(Phone));
        if (Email is null) missing.Add(nameof(Email));
        if (Website is null) missing.Add(nameof(Website));
        return missing;
    }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DeletedAtUtc { get; set; }

    public string? DeletedBy { get; set; }
}
