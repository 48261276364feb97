namespace MigoekPortal.Web.Domain;

/// <summary>The weekly digest went to a district's staff in this ISO week; a restart does not send it again.</summary>
public sealed class DigestLog
{
    public int Id { get; set; }

    public int DistrictId { get; set; }

    /// <summary>ISO 8601 week, e.g. "2026-W48".</summary>
    public required string Week { get; set; }

    public DateTime SentAtUtc { get; set; }

    public int Recipients { get; set; }
}
