namespace MigoekPortal.Web.Domain.Audit;

/// <summary>One field's value before and after a change, as text.</summary>
public sealed record AuditChange(string? Before, string? After);
