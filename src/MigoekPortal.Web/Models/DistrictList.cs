namespace MigoekPortal.Web.Models;

/// <summary>District cards; the heading level follows the page's outline.</summary>
public sealed record DistrictList(IReadOnlyList<DistrictSummary> Districts, int HeadingLevel = 3);
