namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed record DashboardViewModel(IReadOnlyList<DashboardDistrict> Districts, bool OperatorMissing);

public sealed record DashboardDistrict(int Id, string Slug, string Name, IReadOnlyList<string> MissingFields);
