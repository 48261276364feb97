namespace MigoekPortal.Web.Domain.Offers;

/// <summary>
/// A support offer (HSDS "service"). Its German texts are the source; <see cref="SourceRevision"/> counts
/// changes to them so that translations made from an older revision show as outdated.
/// </summary>
public sealed class Offer : IDistrictOwned, IVersioned, ISoftDeletable, ISubmittable
{
    public int Id { get; set; }

    public required string ExternalId { get; set; }

    public int ProviderId { get; set; }

    public Organization? Provider { get; set; }

    public OfferScope Scope { get; set; }

    /// <summary>The state of a state-wide offer.</summary>
    public FederalState? State { get; set; }

    /// <summary>The owning district; null for centrally curated (state-wide and nationwide) offers.</summary>
    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public OfferCategory Categories { get; set; }

    public OfferTopic Topics { get; set; }

    public OfferPhase Phases { get; set; }

    public TargetGroup TargetGroups { get; set; }

    public DeliveryMode DeliveryModes { get; set; }

    /// <summary>ISO 639 codes of the languages the offer is delivered in, space-separated ("de en ar").</summary>
    public string Languages { get; set; } = "de";

    public bool Interpreting { get; set; }

    public OfferCost Cost { get; set; }

    public OfferContact Contact { get; set; } = new();

    public List<OfferLocation> Locations { get; } = [];

    public required string Url { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Draft;

    public DateOnly? LastVerifiedOn { get; set; }

    public string? VerifiedBy { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public int SourceRevision { get; set; } = 1;

    public ICollection<OfferTranslation> Translations { get; } = [];

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DeletedAtUtc { get; set; }

    public string? DeletedBy { get; set; }

    public IEnumerable<string> LanguageCodes() => Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
