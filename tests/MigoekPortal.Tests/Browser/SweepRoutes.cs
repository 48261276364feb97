namespace MigoekPortal.Tests.Browser;

/// <summary>
/// The pages every sweep visits, in every culture. Public routes are relative to <c>/{culture}</c>;
/// staff routes are visited signed in as the demo PortalAdmin with the staff language cookie.
/// Every new page goes in here.
/// </summary>
public static class SweepRoutes
{
    public static readonly IReadOnlyList<string> Public =
    [
        "/",
        "/districts",
        "/districts/cloppenburg",
        "/districts/holzminden",
        "/districts/werra-meissner",
        "/offers",
        "/events",
        "/stories",
        "/network",
        "/training",
        "/impressum",
        "/datenschutz",
        "/barrierefreiheit",
        "/no-such-page",
    ];

    public static readonly IReadOnlyList<string> Anonymous = ["/admin/account/login"];

    /// <summary>{cloppenburg} is replaced by that district's id.</summary>
    public static readonly IReadOnlyList<string> Staff = ["/admin", "/admin/districts/{cloppenburg}/edit", "/admin/account/password"];
}
