namespace MigoekPortal.Web.Domain.Offers;

/// <summary>Where an offer is delivered in person (HSDS "location" with its schedule as text); every field may be empty.</summary>
public sealed class OfferLocation
{
    public int Id { get; set; }

    /// <summary>The place, e.g. "Kreishaus, Zimmer 204".</summary>
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>Opening hours as staff write them, e.g. "Mo–Do 8–16 Uhr, Fr 8–12 Uhr".</summary>
    public string? OpeningHours { get; set; }

    public bool SameAs(OfferLocation other) =>
        (Name, Street, PostalCode, City, OpeningHours) == (other.Name, other.Street, other.PostalCode, other.City, other.OpeningHours);

    public bool IsEmpty => Name is null && Street is null && PostalCode is null && City is null && OpeningHours is null;
}
