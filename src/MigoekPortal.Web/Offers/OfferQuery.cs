using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

public enum OfferSort { Relevance, Newest, Title }

/// <summary>A search over published offers. Region filters mean "available in": a district's own offers, its state's and the nationwide ones.</summary>
public sealed record OfferQuery
{
    public string? Text { get; init; }

    public string Culture { get; init; } = "de";

    public OfferCategory? Category { get; init; }

    public OfferTopic? Topic { get; init; }

    public OfferPhase? Phase { get; init; }

    public TargetGroup? TargetGroup { get; init; }

    public DeliveryMode? Mode { get; init; }

    public OfferCost? Cost { get; init; }

    /// <summary>ISO 639 code of a language the offer is delivered in.</summary>
    public string? Language { get; init; }

    public string? District { get; init; }

    public FederalState? State { get; init; }

    public bool NationwideOnly { get; init; }

    public OfferSort? Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}
