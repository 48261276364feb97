using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Models;

/// <summary>Whom to call in one district, grouped the way advisors think: start-up advice, integration, chambers, authorities, …</summary>
public sealed record NetworkViewModel(string Slug, string DistrictName, IReadOnlyList<NetworkGroup> Groups, IReadOnlyList<(string Slug, string Name)> Districts);

public sealed record NetworkGroup(string Key, IReadOnlyList<NetworkEntry> Entries);

public sealed record NetworkEntry(Organization Organization, IReadOnlyList<(int Id, string Slug, string Title, string Lang)> Offers);

public static class NetworkGroups
{
    public static readonly IReadOnlyList<string> Order = ["startup", "integration", "chambers", "authorities", "migrant", "banks", "other"];

    public static string Of(OrganizationType type) => type switch
    {
        OrganizationType.EconomicDevelopment or OrganizationType.Network => "startup",
        OrganizationType.MigrationAdvice => "integration",
        OrganizationType.Chamber => "chambers",
        OrganizationType.EmploymentAgency or OrganizationType.Municipality => "authorities",
        OrganizationType.MigrantOrganisation => "migrant",
        OrganizationType.DevelopmentBank or OrganizationType.Bank => "banks",
        _ => "other",
    };
}
