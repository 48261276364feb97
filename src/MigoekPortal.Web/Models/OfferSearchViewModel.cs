using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Models;

public sealed record OfferSearchViewModel(OfferSearchInput Input, OfferSearchResult Result, IReadOnlyDictionary<string, string> DistrictNames, IReadOnlyDictionary<int, string> Snippets);
