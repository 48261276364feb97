using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

public sealed record OfferListViewModel(OfferListFilter Filter, int Total, IReadOnlyList<OfferListRow> Rows);

public sealed record OfferListRow(
    int Id, string Title, string? District, OfferScope Scope, OfferStatus Status, DateOnly? LastVerifiedOn,
    IReadOnlyList<string> MissingCultures, IReadOnlyList<string> OutdatedCultures);
