using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Domain.Events;

/// <summary>
/// An event in a district, or online for all (no district). Start and end are wall-clock times in
/// Europe/Berlin, so an evening event stays at 18:00 whatever daylight saving does; calendars get them
/// with that time zone. <see cref="Sequence"/> counts changes for subscribed calendars (RFC 5545).
/// </summary>
public sealed class Event : IDistrictOwned, IVersioned, ISoftDeletable
{
    public int Id { get; set; }

    /// <summary>The calendar UID: stable for the life of the event.</summary>
    public Guid Uid { get; set; } = Guid.NewGuid();

    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public EventType Type { get; set; }

    public EventAudience Audience { get; set; }

    /// <summary>Local time in Europe/Berlin.</summary>
    public DateTime Start { get; set; }

    /// <summary>Local time in Europe/Berlin.</summary>
    public DateTime End { get; set; }

    public string? VenueName { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>ISO 639 codes of the languages spoken, space-separated.</summary>
    public string Languages { get; set; } = "de";

    public bool Interpreting { get; set; }

    public OfferCost Cost { get; set; } = OfferCost.Free;

    public RegistrationMode Registration { get; set; } = RegistrationMode.None;

    public string? RegistrationUrl { get; set; }

    public string? RegistrationEmail { get; set; }

    public DateOnly? RegistrationDeadline { get; set; }

    public int? OrganiserId { get; set; }

    public Organization? Organiser { get; set; }

    /// <summary>External ids of partner organisations, space-separated.</summary>
    public string Partners { get; set; } = "";

    public EventStatus Status { get; set; } = EventStatus.Scheduled;

    /// <summary>Counts changes to the German texts; translations made from an older revision are outdated.</summary>
    public int SourceRevision { get; set; } = 1;

    /// <summary>Raised on every change, so subscribed calendars replace their copy.</summary>
    public int Sequence { get; set; }

    /// <summary>Sample content seeded for a fresh installation; shown with a notice.</summary>
    public bool IsSample { get; set; }

    public List<EventTranslation> Translations { get; } = [];

    public List<EventMaterial> Materials { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DeletedAtUtc { get; set; }

    public string? DeletedBy { get; set; }

    public IEnumerable<string> LanguageCodes() => Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<string> PartnerIds() => Partners.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
