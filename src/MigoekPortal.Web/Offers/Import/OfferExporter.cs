using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>Writes offers in the import format, so that export followed by import changes nothing.</summary>
public sealed class OfferExporter(PortalDbContext db)
{
    public async Task<OfferDocument> ExportAsync(IQueryable<Offer>? offers = null, CancellationToken ct = default)
    {
        var list = await (offers ?? db.Offers).AsNoTracking().AsSplitQuery()
            .Include(o => o.Provider).Include(o => o.District).Include(o => o.Translations)
            .OrderBy(o => o.ExternalId).ToListAsync(ct);
        var organizations = list.Select(o => o.Provider!).DistinctBy(p => p.Id).OrderBy(p => p.ExternalId)
            .Select(p => new OrganizationRecord(p.ExternalId, p.Name, EnumKeys.Of(p.Type), p.Website)).ToList();
        return new OfferDocument(OfferDocument.CurrentFormat, organizations, list.Select(ToRecord).ToList());
    }

    private static OfferRecord ToRecord(Offer o)
    {
        var contact = o.Contact is { Role: null, Phone: null, Email: null, Web: null } ? null
            : new ContactRecord(o.Contact.Role, o.Contact.Phone, o.Contact.Email, o.Contact.Web);
        return new OfferRecord(
            o.ExternalId, o.Provider!.ExternalId, EnumKeys.Of(o.Scope), o.State?.ToString(), o.District?.Slug,
            [.. EnumKeys.Flags(o.Categories)], [.. EnumKeys.Flags(o.Topics)], [.. EnumKeys.Flags(o.Phases)],
            [.. EnumKeys.Flags(o.TargetGroups)], [.. EnumKeys.Flags(o.DeliveryModes)], [.. o.LanguageCodes()], o.Interpreting,
            EnumKeys.Of(o.Cost), contact,
            o.Locations.Count == 0 ? null : [.. o.Locations.Select(l => new LocationRecord(l.Name, l.Street, l.PostalCode, l.City, l.OpeningHours))], o.Url, EnumKeys.Of(o.Status), o.LastVerifiedOn, o.VerifiedBy, o.ValidFrom, o.ValidTo,
            o.Translations.OrderBy(t => Cultures.All.ToList().IndexOf(t.Culture)).ToDictionary(
                t => t.Culture, t => new OfferTexts(t.Title, t.Summary, t.Description, t.Eligibility, t.HowToApply, t.CostNote)));
    }
}
