namespace MigoekPortal.Web.Authorization;

public static class Policies
{
    /// <summary>Any signed-in staff member: the admin area's door.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>User and portal-wide settings.</summary>
    public const string PortalAdmin = nameof(PortalAdmin);
}
