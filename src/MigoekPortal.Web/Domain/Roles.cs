namespace MigoekPortal.Web.Domain;

public static class Roles
{
    /// <summary>Everything, in all districts, including users.</summary>
    public const string PortalAdmin = nameof(PortalAdmin);

    /// <summary>Edits the content of the districts they are assigned to.</summary>
    public const string DistrictEditor = nameof(DistrictEditor);

    /// <summary>Edits the centrally curated offers (nationwide and state-wide, no owning district).</summary>
    public const string CentralEditor = nameof(CentralEditor);

    public static readonly IReadOnlyList<string> All = [PortalAdmin, DistrictEditor, CentralEditor];
}
