using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Authorization;

/// <summary>
/// The one place that decides whether a user may do an operation to a district-owned thing.
/// PortalAdmins may do everything; CentralEditors what belongs to no district (central content);
/// DistrictEditors only what belongs to a district they are assigned to.
/// Assignments are read from the database on each check, so a withdrawn assignment takes effect at once.
/// </summary>
public sealed class DistrictOwnershipHandler(PortalDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, IDistrictOwned>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, IDistrictOwned resource)
    {
        if (context.User.IsInRole(Roles.PortalAdmin))
        {
            context.Succeed(requirement);
            return;
        }

        if (resource.DistrictId is null)
        {
            if (context.User.IsInRole(Roles.CentralEditor)) context.Succeed(requirement);
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || resource.DistrictId is not { } districtId || !context.User.IsInRole(Roles.DistrictEditor))
        {
            return;
        }

        if (await db.DistrictMemberships.AnyAsync(m => m.UserId == userId && m.DistrictId == districtId))
        {
            context.Succeed(requirement);
        }
    }
}
