namespace MigoekPortal.Web.Domain;

public static class SoftDeletion
{
    /// <summary>How long an entry stays in the bin before it is purged.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public static void MoveToBin(this ISoftDeletable entry, string? user, DateTime nowUtc)
    {
        entry.DeletedAtUtc = nowUtc;
        entry.DeletedBy = user;
    }

    public static void Restore(this ISoftDeletable entry)
    {
        entry.DeletedAtUtc = null;
        entry.DeletedBy = null;
    }

    public static int DaysLeft(DateTime deletedAtUtc, DateTime nowUtc) =>
        Math.Max(0, (int)Math.Ceiling((deletedAtUtc + Retention - nowUtc).TotalDays));
}
