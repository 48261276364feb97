namespace MigoekPortal.Tests.Integration;

/// <summary>
/// Every admin action, classified for district isolation. <see cref="IsolationMatrixTests"/> discovers the actions
/// from the running portal; an action missing here fails that test with the line to add.
/// Keys are "METHOD route template" exactly as ASP.NET Core reports them (no leading slash).
/// </summary>
public static class IsolationMatrix
{
    /// <summary>What the route's ids point at; the test fills them with a seeded entity of another district.</summary>
    public enum Owner { Offer, Event, Story, Organization, District, BrochureSection }

    /// <param name="EntityOfAnotherDistrict">Set for routes that act on one district's thing: a DistrictEditor of another district gets 403 or 404 and changes nothing.</param>
    /// <param name="Reason">Why a route is not bound to one district's thing.</param>
    /// <param name="PortalAdminOnly">A DistrictEditor gets 403 on GET and POST.</param>
    public sealed record Rule(Owner? EntityOfAnotherDistrict, string? Reason, bool PortalAdminOnly = false);

    public static Rule Entity(Owner owner) => new(owner, null);

    public static Rule NotDistrictBound(string reason) => new(null, reason);

    /// <summary>For pages only a PortalAdmin may use (user management, say).</summary>
    public static Rule PortalAdminOnly(string reason) => new(null, reason, PortalAdminOnly: true);

    public static readonly IReadOnlyDictionary<string, Rule> Routes = new Dictionary<string, Rule>
    {
        ["GET admin"] = NotDistrictBound("dashboard, lists only the user's own districts"),
        ["GET admin/account/login"] = NotDistrictBound("sign-in page, before any district is known"),
        ["POST admin/account/login"] = NotDistrictBound("sign-in"),
        ["POST admin/account/logout"] = NotDistrictBound("sign-out of the own account"),
        ["GET admin/account/password"] = NotDistrictBound("the user's own account"),
        ["POST admin/account/password"] = NotDistrictBound("the user's own account"),
        ["GET admin/language"] = NotDistrictBound("sets the staff language cookie"),
        ["GET admin/account/forgot"] = NotDistrictBound("password reset request, before sign-in"),
        ["POST admin/account/forgot"] = NotDistrictBound("password reset request, before sign-in"),
        ["GET admin/account/reset"] = NotDistrictBound("password reset with an e-mailed token"),
        ["POST admin/account/reset"] = NotDistrictBound("password reset with an e-mailed token"),
        ["GET admin/account/invitation"] = NotDistrictBound("accepting an invitation with an e-mailed token"),
        ["POST admin/account/invitation"] = NotDistrictBound("accepting an invitation with an e-mailed token"),
        ["GET admin/account/two-factor"] = NotDistrictBound("the authenticator code of the user signing in"),
        ["POST admin/account/two-factor"] = NotDistrictBound("the authenticator code of the user signing in"),
        ["GET admin/account/two-factor/setup"] = NotDistrictBound("enrolling the user's own authenticator"),
        ["POST admin/account/two-factor/setup"] = NotDistrictBound("enrolling the user's own authenticator"),

        ["GET admin/users"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["POST admin/users/invite"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["GET admin/users/{id}/edit"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["POST admin/users/{id}/edit"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["POST admin/users/{id}/disable"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["POST admin/users/{id}/enable"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),
        ["POST admin/users/{id}/reset-two-factor"] = PortalAdminOnly("staff accounts are managed by PortalAdmins"),

        ["GET admin/districts/{id:int}/edit"] = Entity(Owner.District),
        ["POST admin/districts/{id:int}/edit"] = Entity(Owner.District),

        ["GET admin/offers"] = NotDistrictBound("list, filtered to the user's districts"),
        ["GET admin/offers/new"] = NotDistrictBound("the district of a new offer comes from the user"),
        ["POST admin/offers/new"] = NotDistrictBound("the district of a new offer comes from the user"),
        ["GET admin/offers/import"] = NotDistrictBound("upload form"),
        ["POST admin/offers/import"] = NotDistrictBound("the importer refuses rows of other districts (OfferImportTests)"),
        ["GET admin/offers/export.{extension:regex(^(json|csv|xlsx)$)}"] = NotDistrictBound("exports only the user's editable offers"),
        ["POST admin/offers/{id:int}/verify"] = Entity(Owner.Offer),
        ["GET admin/offers/{id:int}/edit"] = Entity(Owner.Offer),
        ["POST admin/offers/{id:int}/edit"] = Entity(Owner.Offer),
        ["POST admin/offers/{id:int}/status"] = Entity(Owner.Offer),
        ["GET admin/offers/{id:int}/translations/{culture}"] = Entity(Owner.Offer),
        ["POST admin/offers/{id:int}/translations/{culture}"] = Entity(Owner.Offer),

        ["GET admin/organizations"] = NotDistrictBound("list, filtered to the user's districts"),
        ["GET admin/organizations/{id:int}/edit"] = Entity(Owner.Organization),
        ["POST admin/organizations/{id:int}/edit"] = Entity(Owner.Organization),

        ["GET admin/events"] = NotDistrictBound("list, filtered to the user's districts"),
        ["GET admin/events/new"] = NotDistrictBound("the district of a new event comes from the user"),
        ["POST admin/events/new"] = NotDistrictBound("the district of a new event comes from the user"),
        ["GET admin/events/{id:int}/edit"] = Entity(Owner.Event),
        ["POST admin/events/{id:int}/edit"] = Entity(Owner.Event),
        ["POST admin/events/{id:int}/cancel"] = Entity(Owner.Event),
        ["POST admin/events/{id:int}/move"] = Entity(Owner.Event),
        ["GET admin/events/{id:int}/translations/{culture}"] = Entity(Owner.Event),
        ["POST admin/events/{id:int}/translations/{culture}"] = Entity(Owner.Event),

        ["GET admin/brochures/{districtId:int}"] = Entity(Owner.District),
        ["POST admin/brochures/{districtId:int}/publish"] = Entity(Owner.District),
        ["GET admin/brochures/{districtId:int}/preview"] = Entity(Owner.District),
        ["POST admin/brochures/{districtId:int}/sections/{sectionId:int}/move"] = Entity(Owner.BrochureSection),
        ["GET admin/brochures/{districtId:int}/sections/new"] = Entity(Owner.District),
        ["POST admin/brochures/{districtId:int}/sections/new"] = Entity(Owner.District),
        ["GET admin/brochures/{districtId:int}/sections/{sectionId:int}/edit"] = Entity(Owner.BrochureSection),
        ["POST admin/brochures/{districtId:int}/sections/{sectionId:int}/edit"] = Entity(Owner.BrochureSection),
        ["GET admin/brochures/{districtId:int}/sections/{sectionId:int}/translations/{culture}"] = Entity(Owner.BrochureSection),
        ["POST admin/brochures/{districtId:int}/sections/{sectionId:int}/translations/{culture}"] = Entity(Owner.BrochureSection),
        ["POST admin/brochures/{districtId:int}/sections/{sectionId:int}/delete"] = Entity(Owner.BrochureSection),

        ["GET admin/stories"] = NotDistrictBound("list, filtered to the user's districts"),
        ["GET admin/stories/new"] = NotDistrictBound("the district of a new story comes from the user"),
        ["POST admin/stories/new"] = NotDistrictBound("the district of a new story comes from the user"),
        ["GET admin/stories/{id:int}/edit"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/edit"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/status"] = Entity(Owner.Story),
        ["GET admin/stories/{id:int}/translations/{culture}"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/translations/{culture}"] = Entity(Owner.Story),
        ["GET admin/stories/{id:int}/media"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/media/video"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/media/video/delete"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/media/poster"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/media/captions/{culture}"] = Entity(Owner.Story),
        ["POST admin/stories/{id:int}/media/captions/{culture}/delete"] = Entity(Owner.Story),

        ["GET admin/audit"] = NotDistrictBound("list, filtered to the user's districts"),
        ["GET admin/audit/{entityType}/{id:int}"] = Entity(Owner.Offer),
        ["GET admin/bin"] = NotDistrictBound("list, filtered to the user's districts"),
        ["POST admin/bin/{entityType}/{id:int}/delete"] = Entity(Owner.Offer),
        ["POST admin/bin/{entityType}/{id:int}/restore"] = Entity(Owner.Offer),
    };
}
