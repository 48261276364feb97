using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Models;

public sealed record DistrictPageViewModel(District District, OfferSearchResult Offers, BrochureDownloads? Brochure = null)
{
    public IReadOnlyList<EventCard> NextEvents { get; init; } = [];
}

/// <summary>The latest brochure edition's downloads: every language with its file size once it has been printed.</summary>
public sealed record BrochureDownloads(int Edition, DateOnly AsOf, IReadOnlyList<(string Culture, long? Bytes)> Files);
