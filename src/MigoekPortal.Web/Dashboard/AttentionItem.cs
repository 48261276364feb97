using System.Globalization;

namespace MigoekPortal.Web.Dashboard;

/// <summary>One line of "what needs attention": a resource key, the number, and the staff list that shows those items.</summary>
public sealed record AttentionItem(string Key, int Count, string? Path)
{
    /// <summary>The lines of a report, in the order the dashboard and the digest show them.</summary>
    public static IReadOnlyList<AttentionItem> Of(AttentionReport r)
    {
        var district = r.DistrictId?.ToString(CultureInfo.InvariantCulture) ?? "central";
        var items = new List<AttentionItem>
        {
            new("Dashboard.OfferDrafts", r.OfferDrafts, $"/admin/offers?status=draft&district={district}"),
            new("Dashboard.StoryDrafts", r.StoryDrafts, "/admin/stories"),
            new("Dashboard.StaleOffers", r.StaleOffers, $"/admin/offers?stale=true&district={district}"),
            new("Dashboard.MissingTranslations", r.MissingTranslations, null),
            new("Dashboard.OutdatedTranslations", r.OutdatedTranslations, null),
            new("Dashboard.OrganizationsMissingContact", r.OrganizationsMissingContact, "/admin/organizations"),
            new("Dashboard.ConsentsExpired", r.ConsentsExpired, "/admin/stories"),
            new("Dashboard.ConsentsExpiringSoon", r.ConsentsExpiringSoon, "/admin/stories"),
        };
        if (r.DistrictId is { } id) items.Add(new("Dashboard.OfficeMissingFields", r.OfficeMissingFields.Count, $"/admin/districts/{id}/edit"));
        return items;
    }
}
