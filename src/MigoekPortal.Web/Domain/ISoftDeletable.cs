namespace MigoekPortal.Web.Domain;

/// <summary>
/// Content that goes to the bin when deleted: a global query filter hides it everywhere but in the bin,
/// where it can be restored for 30 days before it is purged.
/// </summary>
public interface ISoftDeletable
{
    DateTime? DeletedAtUtc { get; set; }

    string? DeletedBy { get; set; }
}
