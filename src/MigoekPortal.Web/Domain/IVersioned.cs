namespace MigoekPortal.Web.Domain;

/// <summary>An editable entity with an optimistic concurrency token and audit stamps, set on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }

    DateTime UpdatedAtUtc { get; set; }

    string? UpdatedBy { get; set; }
}
