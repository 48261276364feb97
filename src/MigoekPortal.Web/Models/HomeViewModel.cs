namespace MigoekPortal.Web.Models;

public sealed record HomeViewModel(IReadOnlyList<DistrictSummary> Districts)
{
    public IReadOnlyList<EventCard> NextEvents { get; init; } = [];
}
