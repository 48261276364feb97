namespace MigoekPortal.Web.Domain;

/// <summary>Assigns a staff user (role DistrictEditor) to a district they may edit.</summary>
public sealed class DistrictMembership
{
    public required string UserId { get; set; }

    public int DistrictId { get; set; }

    public District? District { get; set; }
}
