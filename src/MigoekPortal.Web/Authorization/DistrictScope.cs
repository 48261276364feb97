using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Authorization;

/// <summary>Which districts' content a user works on: lists and new entities take their district from here, never from a form.</summary>
public static class DistrictScope
{
    public static IQueryable<District> EditableDistricts(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.Districts;
        if (!user.IsInRole(Roles.DistrictEditor)) return db.Districts.Where(_ => false);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Districts.Where(d => db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == d.Id));
    }
}
