using System.Text.Json;
using MigoekPortal.Web.Domain.Audit;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The audit log's filters, from the query string.</summary>
public sealed record AuditFilter(int? District, string? Type, int Page = 1)
{
    public const int PageSize = 50;

    /// <summary>The content types that appear in the log, as they are stored.</summary>
    public static readonly IReadOnlyList<string> Types = ["Offer", "Event", "Story", "Organization", "BrochureSection"];
}

public sealed record AuditListViewModel(AuditFilter Filter, int Total, IReadOnlyList<(int Id, string Name)> Districts, IReadOnlyList<AuditRow> Rows);

public sealed record AuditHistoryViewModel(string EntityType, int EntityId, string? EditUrl, IReadOnlyList<AuditRow> Rows);

/// <summary>One audit entry with its changes read back from JSON.</summary>
public sealed record AuditRow(DateTime AtUtc, string UserName, string? District, string EntityType, int EntityId, AuditAction Action, IReadOnlyDictionary<string, AuditChange> Changes)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static AuditRow From(AuditEntry entry, string? district) =>
        new(entry.AtUtc, entry.UserName, district, entry.EntityType, entry.EntityId, entry.Action,
            JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(entry.Changes, Json) ?? []);

    /// <summary>The staff page of an entry, where there is one.</summary>
    public static string? EditUrl(string type, int id, int? districtId) => type switch
    {
        "Offer" => $"/admin/offers/{id}/edit",
        "Event" => $"/admin/events/{id}/edit",
        "Story" => $"/admin/stories/{id}/edit",
        "Organization" => $"/admin/organizations/{id}/edit",
        "BrochureSection" when districtId is not null => $"/admin/brochures/{districtId}/sections/{id}/edit",
        _ => null,
    };
}

/// <summary>The history link and the delete button on a content entry's edit page.</summary>
public sealed record EntryActions(string EntityType, int Id, string DeleteUrl);
