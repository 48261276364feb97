using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Models;

public sealed record DistrictPageViewModel(District District, OfferSearchResult Offers);
