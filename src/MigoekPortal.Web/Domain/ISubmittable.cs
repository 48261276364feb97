namespace MigoekPortal.Web.Domain;

/// <summary>
/// Content that, in a district with four-eyes publishing, waits after a first editor's publish until a second
/// person publishes it. Null while no one has submitted it.
/// </summary>
public interface ISubmittable : IDistrictOwned
{
    string? SubmittedBy { get; set; }

    DateTime? SubmittedAtUtc { get; set; }
}
