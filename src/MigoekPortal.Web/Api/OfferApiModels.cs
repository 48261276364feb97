using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Api;

/// <summary>One page of offers with the facet counts of the whole result.</summary>
public sealed record OfferListResponse(int Total, int Page, int PageSize, IReadOnlyList<OfferListItem> Items, IReadOnlyDictionary<string, IReadOnlyList<Offers.FacetValue>> Facets);

public sealed record OfferListItem(
    int Id, string ExternalId, string Title, string Summary, string Culture, bool IsFallback, string Provider,
    OfferScope Scope, string? State, string? District, IReadOnlyList<string> Categories, IReadOnlyList<string> Languages,
    OfferCost Cost, string Url, DateTime Updated);

/// <summary>One offer with all its translations and their state against the German source.</summary>
public sealed record OfferResponse(
    int Id, string ExternalId, string Provider, string? ProviderWebsite, OfferScope Scope, string? State, string? District,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Topics, IReadOnlyList<string> Phases, IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> DeliveryModes, IReadOnlyList<string> Languages, bool Interpreting, OfferCost Cost, OfferContact Contact,
    string ExternalUrl, string Url, DateOnly? LastVerified, DateOnly? ValidFrom, DateOnly? ValidTo, DateTime Updated,
    int SourceRevision, IReadOnlyList<OfferTranslationResponse> Translations);

public sealed record OfferTranslationResponse(
    string Culture, TranslationState State, string Title, string Summary, string? Description, string? Eligibility, string? HowToApply, string? CostNote);
