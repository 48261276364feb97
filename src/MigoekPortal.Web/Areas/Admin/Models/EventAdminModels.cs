using MigoekPortal.Web.Domain.Events;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed record EventAdminListViewModel(bool Past, IReadOnlyList<EventAdminRow> Rows);

public sealed record EventAdminRow(int Id, string Title, DateTime Start, string? District, EventStatus Status, bool IsSample);

/// <summary>The event form with what the user may choose; <see cref="Current"/> holds another editor's save after a conflict.</summary>
public sealed record EventEditViewModel(int? Id, EventInput Input, IReadOnlyList<(int Id, string Name)> Districts, bool Central, IReadOnlyList<(int Id, string ExternalId, string Name)> Organisations)
{
    public EventStatus? Status { get; init; }

    public EventInput? Current { get; init; }

    public IReadOnlyList<(string Culture, Domain.Offers.TranslationState State)> Translations { get; init; } = [];
}
