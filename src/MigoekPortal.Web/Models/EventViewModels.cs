using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Events;

namespace MigoekPortal.Web.Models;

/// <summary>The event list's filters, all in the URL so a list can be bookmarked and shared.</summary>
public sealed class EventFilter
{
    public const int PageSize = 20;

    public string? District { get; set; }

    public string? Type { get; set; }

    public string? Audience { get; set; }

    public string? Language { get; set; }

    public int Page { get; set; } = 1;

    public string Query(int page) => string.Join("&amp;", new[]
    {
        District is null ? null : "district=" + Uri.EscapeDataString(District), Type is null ? null : "type=" + Uri.EscapeDataString(Type),
        Audience is null ? null : "audience=" + Uri.EscapeDataString(Audience), Language is null ? null : "language=" + Uri.EscapeDataString(Language),
        page > 1 ? "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(x => x is not null));
}

public sealed record EventListViewModel(EventFilter Filter, bool Archive, int Total, IReadOnlyList<EventCard> Items,
    IReadOnlyList<(string Slug, string Name)> Districts, IReadOnlyList<string> Languages);

/// <summary>One event in a list, in the visitor's language (or German with a notice).</summary>
public sealed record EventCard(Event Event, EventTexts.Texts Texts, string Slug, string? DistrictName);

public sealed record EventPageViewModel(Event Event, EventTexts.Texts Texts, string Slug, string? DistrictName, string? Organiser, IReadOnlyList<string> Partners);
