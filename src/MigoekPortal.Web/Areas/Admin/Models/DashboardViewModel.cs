namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed record DashboardViewModel(IReadOnlyList<DashboardDistrict> Districts, bool OperatorMissing)
{
    /// <summary>Organisations the user keeps whose address, phone, e-mail or website is still empty.</summary>
    public int OrganizationsMissingContact { get; init; }
}

public sealed record DashboardDistrict(int Id, string Slug, string Name, IReadOnlyList<string> MissingFields);
