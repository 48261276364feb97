using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Api;

/// <summary>Open data: the published offers as JSON, with the same filters as the search page.</summary>
[ApiController, Route("/api/v1/offers"), Produces("application/json")]
public sealed class OffersApiController(PortalDbContext db, OfferSearchIndex index) : ControllerBase
{
    /// <summary>Searches published offers. <c>lang</c> is the culture of the texts (German where a translation is missing).</summary>
    [HttpGet("")]
    public async Task<ActionResult<OfferListResponse>> List([FromQuery] OfferApiQuery query, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors)
        {
            foreach (var (key, message) in errors) ModelState.AddModelError(key, message);
            return ValidationProblem(ModelState);
        }
        var culture = query.Lang ?? Cultures.Default;
        var result = await index.SearchAsync(query.ToSearchInput().ToQuery(culture, query.PageSize), ct);
        var origin = $"{Request.Scheme}://{Request.Host}";
        return new OfferListResponse(result.Total, result.Page, result.PageSize, result.Items.Select(h => new OfferListItem(
            h.Id, h.ExternalId, h.Title, h.Summary, h.Culture, h.IsFallback, h.Provider, h.Scope, h.State?.ToString(), h.DistrictSlug,
            EnumKeys.Flags(h.Categories), h.Languages, h.Cost, $"{origin}/{culture}/offers/{h.Id}/{h.Slug}", h.UpdatedAtUtc)).ToList(), result.Facets);
    }

    /// <summary>One published offer with all translations.</summary>
    [HttpGet("{id:int}")]
    public async Task<ActionResult<OfferResponse>> Get(int id, CancellationToken ct)
    {
        var o = await db.Offers.AsNoTracking().Include(x => x.Provider).Include(x => x.District).Include(x => x.Translations)
            .SingleOrDefaultAsync(x => x.Id == id && x.Status == OfferStatus.Published, ct);
        if (o is null) return NotFound();
        var slug = Slugs.From(o.Translations.Single(t => t.Culture == Cultures.Default).Title);
        return new OfferResponse(o.Id, o.ExternalId, o.Provider!.Name, o.Provider.Website, o.Scope, o.State?.ToString(), o.District?.Slug,
            EnumKeys.Flags(o.Categories), EnumKeys.Flags(o.Topics), EnumKeys.Flags(o.Phases), EnumKeys.Flags(o.TargetGroups),
            EnumKeys.Flags(o.DeliveryModes), [.. o.LanguageCodes()], o.Interpreting, o.Cost, o.Contact, o.Url,
            $"{Request.Scheme}://{Request.Host}/de/offers/{o.Id}/{slug}", o.LastVerifiedOn, o.ValidFrom, o.ValidTo, o.UpdatedAtUtc, o.SourceRevision,
            o.Translations.OrderBy(t => Cultures.All.ToList().IndexOf(t.Culture)).Select(t => new OfferTranslationResponse(
                t.Culture, TranslationStates.Of(o, t.Culture), t.Title, t.Summary, t.Description, t.Eligibility, t.HowToApply, t.CostNote)).ToList());
    }
}
