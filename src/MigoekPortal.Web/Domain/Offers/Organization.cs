namespace MigoekPortal.Web.Domain.Offers;

/// <summary>An organisation that provides offers (HSDS "organization"); shared between offers.</summary>
public sealed class Organization : IVersioned
{
    public int Id { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public OrganizationType Type { get; set; }

    public string? Website { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
