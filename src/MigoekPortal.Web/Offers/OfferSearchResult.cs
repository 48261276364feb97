using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

public sealed record OfferHit(
    int Id, string ExternalId, string Slug, string Title, string Summary, string Culture, bool IsFallback, string Provider,
    OfferScope Scope, FederalState? State, string? DistrictSlug, string? DistrictName, OfferCategory Categories,
    IReadOnlyList<string> Languages, OfferCost Cost, DateOnly? LastVerifiedOn, DateTime UpdatedAtUtc,
    IReadOnlyList<string> MatchedTerms);

public sealed record FacetValue(string Value, int Count);

public sealed record OfferSearchResult(int Total, int Page, int PageSize, IReadOnlyList<OfferHit> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
