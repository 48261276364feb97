using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Api;

/// <summary>
/// The published offers shaped after the Open Referral Human Services Data Specification (HSDS 3.0):
/// organizations, services, contacts, languages and service areas, with the translations as the
/// extension field <c>x_translations</c>. For handing the data over to other networks.
/// </summary>
[ApiController, Route("/api/v1/hsds"), Produces("application/json")]
public sealed class HsdsController(PortalDbContext db) : ControllerBase
{
    // HSDS names its fields in snake_case.
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [HttpGet("")]
    [ProducesResponseType<HsdsDocument>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(CancellationToken ct)
    {
        var offers = await db.Offers.AsNoTracking().AsSplitQuery().Where(o => o.Status == OfferStatus.Published)
            .Include(o => o.Provider).Include(o => o.District).Include(o => o.Translations).OrderBy(o => o.ExternalId).ToListAsync(ct);
        var organizations = offers.Select(o => o.Provider!).DistinctBy(p => p.Id).OrderBy(p => p.ExternalId)
            .Select(p => new HsdsOrganization(p.ExternalId, p.Name, p.Website, EnumKeys.Of(p.Type))).ToList();
        var services = offers.Select(o =>
        {
            var de = o.Translations.Single(t => t.Culture == Cultures.Default);
            return new HsdsService(
                o.ExternalId, o.Provider!.ExternalId, de.Title, de.Summary, de.Description, o.Url, "active",
                de.Eligibility, de.HowToApply, de.CostNote ?? EnumKeys.Of(o.Cost), o.LastVerifiedOn, o.VerifiedBy,
                [.. o.LanguageCodes().Select(code => new HsdsLanguage(code, LanguageNames.Autonym(code)))],
                [new HsdsServiceArea(o.Scope switch { OfferScope.Nationwide => "DE", OfferScope.State => $"DE-{o.State}", _ => o.District!.Name }, EnumKeys.Of(o.Scope))],
                o.Contact is { Phone: null, Email: null } ? [] : [new HsdsContact(o.Contact.Role, o.Contact.Email, o.Contact.Phone)],
                [.. o.Locations.Select(l => new HsdsLocation(l.Name, l.Street is null && l.City is null ? [] : [new HsdsAddress(l.Street, l.City, l.PostalCode, "DE")], l.OpeningHours))],
                [.. EnumKeys.Flags(o.Categories)],
                o.Translations.Where(t => t.Culture != Cultures.Default).OrderBy(t => t.Culture)
                    .ToDictionary(t => t.Culture, t => new HsdsTranslation(t.Title, t.Summary, t.Description, t.Eligibility, t.HowToApply, TranslationStates.Of(o, t.Culture) == TranslationState.Current)));
        }).ToList();
        return new JsonResult(new HsdsDocument("3.0", organizations, services), Json);
    }
}

public sealed record HsdsDocument(string Version, IReadOnlyList<HsdsOrganization> Organizations, IReadOnlyList<HsdsService> Services);

public sealed record HsdsOrganization(string Id, string Name, string? Website, string XType);

public sealed record HsdsService(
    string Id, string OrganizationId, string Name, string Description, string? XDescriptionMarkdown, string Url, string Status,
    string? EligibilityDescription, string? ApplicationProcess, string FeesDescription, DateOnly? AssuredDate, string? Assurer,
    IReadOnlyList<HsdsLanguage> Languages, IReadOnlyList<HsdsServiceArea> ServiceAreas, IReadOnlyList<HsdsContact> Contacts,
    IReadOnlyList<HsdsLocation> Locations,
    IReadOnlyList<string> XCategories, IReadOnlyDictionary<string, HsdsTranslation> XTranslations);

public sealed record HsdsLanguage(string Code, string Name);

public sealed record HsdsServiceArea(string Name, string Extent);

public sealed record HsdsContact(string? Title, string? Email, string? Phone);

/// <summary>HSDS location; the opening hours are free text, so they go into the schedule's description.</summary>
public sealed record HsdsLocation(string? Name, IReadOnlyList<HsdsAddress> Addresses, string? XOpeningHours);

public sealed record HsdsAddress(string? Address1, string? City, string? PostalCode, string Country);

public sealed record HsdsTranslation(string Name, string Description, string? DescriptionMarkdown, string? EligibilityDescription, string? ApplicationProcess, bool Current);
