using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

/// <summary>What the search index keeps of one published offer.</summary>
internal sealed record IndexedOffer(
    int Id, string ExternalId, string Slug, OfferScope Scope, FederalState? State, string? DistrictSlug, string? DistrictName, FederalState? DistrictState,
    OfferCategory Categories, OfferTopic Topics, OfferPhase Phases, TargetGroup TargetGroups, DeliveryMode Modes,
    string[] Languages, OfferCost Cost, DateOnly? LastVerifiedOn, DateTime UpdatedAtUtc, string Provider,
    IReadOnlyDictionary<string, (string Title, string Summary)> Texts);
