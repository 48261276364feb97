using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

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

    /// <summary>The offers a user may edit: their districts' own, and central ones for CentralEditors.</summary>
    public static IQueryable<Offer> EditableOffers(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.Offers;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var central = user.IsInRole(Roles.CentralEditor);
        var district = user.IsInRole(Roles.DistrictEditor);
        return db.Offers.Where(o =>
            (central && o.DistrictId == null)
            || (district && o.DistrictId != null && db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == o.DistrictId)));
    }

    /// <summary>The organisations whose contact data a user keeps: their districts' own, and central ones for CentralEditors.</summary>
    public static IQueryable<Organization> EditableOrganizations(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.Organizations;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var central = user.IsInRole(Roles.CentralEditor);
        var district = user.IsInRole(Roles.DistrictEditor);
        return db.Organizations.Where(o =>
            (central && o.DistrictId == null)
            || (district && o.DistrictId != null && db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == o.DistrictId)));
    }

    /// <summary>The events a user may edit: their districts' own, and the online events for all (no district) for CentralEditors.</summary>
    public static IQueryable<Domain.Events.Event> EditableEvents(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.Events;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var central = user.IsInRole(Roles.CentralEditor);
        var district = user.IsInRole(Roles.DistrictEditor);
        return db.Events.Where(e =>
            (central && e.DistrictId == null)
            || (district && e.DistrictId != null && db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == e.DistrictId)));
    }

    /// <summary>The stories a user may edit: their districts' own, and the central films (no district) for CentralEditors.</summary>
    public static IQueryable<Domain.Stories.Story> EditableStories(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.Stories;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var central = user.IsInRole(Roles.CentralEditor);
        var district = user.IsInRole(Roles.DistrictEditor);
        return db.Stories.Where(s =>
            (central && s.DistrictId == null)
            || (district && s.DistrictId != null && db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == s.DistrictId)));
    }

    /// <summary>The audit log a user may read: their districts' entries, central ones for CentralEditors, everything for PortalAdmins.</summary>
    public static IQueryable<Domain.Audit.AuditEntry> VisibleAuditEntries(this PortalDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.PortalAdmin)) return db.AuditEntries;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var central = user.IsInRole(Roles.CentralEditor);
        var district = user.IsInRole(Roles.DistrictEditor);
        return db.AuditEntries.Where(a =>
            (central && a.DistrictId == null)
            || (district && a.DistrictId != null && db.DistrictMemberships.Any(m => m.UserId == userId && m.DistrictId == a.DistrictId)));
    }
}
