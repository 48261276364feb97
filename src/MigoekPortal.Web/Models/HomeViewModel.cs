namespace MigoekPortal.Web.Models;

public sealed record HomeViewModel(IReadOnlyList<DistrictSummary> Districts);
