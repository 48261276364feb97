namespace MigoekPortal.Web.Domain;

/// <summary>
/// Anything that belongs to a district. The one ownership handler decides access from this alone.
/// A null district means centrally curated content.
/// </summary>
public interface IDistrictOwned
{
    int? DistrictId { get; }
}
