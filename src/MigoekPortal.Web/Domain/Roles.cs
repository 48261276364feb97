namespace MigoekPortal.Web.Domain;

public static class Roles
{
    /// <summary>Everything, in all districts, including users.</summary>
    public const string PortalAdmin = nameof(PortalAdmin);

    /// <summary>Edits the content of the districts they are assigned to.</summary>
    public const string DistrictEditor = nameof(DistrictEditor);

    public static readonly IReadOnlyList<string> All = [PortalAdmin, DistrictEditor];
}
