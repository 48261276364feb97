using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The staff offer list's filters, from the query string; unknown values are ignored.</summary>
public sealed class OfferListFilter
{
    public string? Status { get; set; }

    /// <summary>A culture whose translation is missing.</summary>
    public string? Missing { get; set; }

    /// <summary>A culture whose translation is older than the German text.</summary>
    public string? Outdated { get; set; }

    /// <summary>Not verified for more than 12 months (or never).</summary>
    public bool Stale { get; set; }

    /// <summary>A district's id, or "central" for the offers without a district (links from the dashboard).</summary>
    public string? District { get; set; }

    public int Page { get; set; } = 1;

    public const int PageSize = 50;

    public IQueryable<Offer> Apply(IQueryable<Offer> offers, DateOnly today)
    {
        if (Enum.TryParse<OfferStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status)) offers = offers.Where(o => o.Status == status);
        if (Cultures.IsSupported(Missing)) offers = offers.Where(o => !o.Translations.Any(t => t.Culture == Missing));
        if (Cultures.IsSupported(Outdated)) offers = offers.Where(o => o.Translations.Any(t => t.Culture == Outdated && t.SourceRevision < o.SourceRevision));
        if (District == "central") offers = offers.Where(o => o.DistrictId == null);
        else if (int.TryParse(District, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var districtId)) offers = offers.Where(o => o.DistrictId == districtId);
        if (Stale)
        {
            var limit = today.AddMonths(-12);
            offers = offers.Where(o => o.LastVerifiedOn == null || o.LastVerifiedOn < limit);
        }
        return offers;
    }
}
