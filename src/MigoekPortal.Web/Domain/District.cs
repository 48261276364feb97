namespace MigoekPortal.Web.Domain;

/// <summary>A rural district (Landkreis) that takes part in the portal, with its economic development office.</summary>
public sealed class District : IDistrictOwned, IVersioned
{
    public int Id { get; set; }

    /// <summary>URL segment, e.g. <c>werra-meissner</c>.</summary>
    public required string Slug { get; set; }

    /// <summary>Official German name, e.g. "Landkreis Holzminden" or "Werra-Meißner-Kreis".</summary>
    public required string Name { get; set; }

    public FederalState State { get; set; }

    /// <summary>Website of the district administration (Kreisverwaltung).</summary>
    public string? Website { get; set; }

    /// <summary>The economic development office (Wirtschaftsförderung).</summary>
    public OfficeContact Office { get; set; } = new();

    /// <summary>Four-eyes publishing: an editor's publish only submits; a second person publishes. Set by PortalAdmins.</summary>
    public bool RequiresSecondApproval { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    int? IDistrictOwned.DistrictId => Id;
}
