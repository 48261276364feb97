namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>An item submitted for a second editor's publish: who, when, and where its status form posts to.</summary>
public sealed record Submission(string StatusUrl, string SubmittedBy, DateTime SubmittedAtUtc)
{
    public bool IsOwn(string? user) => string.Equals(SubmittedBy, user, StringComparison.OrdinalIgnoreCase);
}
