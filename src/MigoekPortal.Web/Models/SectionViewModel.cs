namespace MigoekPortal.Web.Models;

public sealed record SectionViewModel(string Section, IReadOnlyList<DistrictSummary> Districts);
