namespace MigoekPortal.Web.Domain.Audit;

/// <summary>
/// One saved change to a content entry: who, when, what, and the before and after of each changed field.
/// Changes to translations are recorded under their parent ("Offer 12", field "translation ar: Title").
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    /// <summary>The entry's district at the time of the change; null for central content.</summary>
    public int? DistrictId { get; set; }

    /// <summary>"Offer", "Event", "Story", "Organization" or "BrochureSection".</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>JSON: {"field": {"before": "…", "after": "…"}}.</summary>
    public string Changes { get; set; } = "{}";
}
