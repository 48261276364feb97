using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Domain.Stories;

/// <summary>
/// A filmed success story of a local entrepreneur. Shown publicly only when published and the person's
/// consent is recorded and not expired (<see cref="IsPublic"/>); an expired consent takes the story off the site.
/// </summary>
public sealed class Story : IDistrictOwned, IVersioned, ISoftDeletable, ISubmittable
{
    public int Id { get; set; }

    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public StoryKind Kind { get; set; } = StoryKind.Story;

    /// <summary>The name or pseudonym the person agreed to.</summary>
    public required string PersonName { get; set; }

    public bool IsPseudonym { get; set; }

    public required string BusinessName { get; set; }

    public StorySector Sector { get; set; }

    public int? YearFounded { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Draft;

    /// <summary>The uploaded video's storage key; self-hosted video is the default.</summary>
    public string? VideoKey { get; set; }

    public string? VideoContentType { get; set; }

    /// <summary>A video on another host, loaded only after the visitor asks for it.</summary>
    public string? ExternalVideoUrl { get; set; }

    public string? PosterKey { get; set; }

    public int? DurationSeconds { get; set; }

    public DateOnly? ConsentGivenOn { get; set; }

    /// <summary>What the person agreed to, in the staff's words (e.g. "web and print, name shown").</summary>
    public string? ConsentScope { get; set; }

    public DateOnly? ConsentExpiresOn { get; set; }

    public int SourceRevision { get; set; } = 1;

    /// <summary>Sample content seeded for a fresh installation, with fictional people; shown with a notice.</summary>
    public bool IsSample { get; set; }

    public List<StoryTranslation> Translations { get; } = [];

    public List<StoryCaption> Captions { get; } = [];

    public List<StoryOffer> HelpedBy { get; } = [];

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DeletedAtUtc { get; set; }

    public string? DeletedBy { get; set; }

    public bool HasConsent(DateOnly today) =>
        ConsentGivenOn is not null && !string.IsNullOrWhiteSpace(ConsentScope) && ConsentExpiresOn is { } expires && expires >= today;

    public bool IsPublic(DateOnly today) => Status == OfferStatus.Published && HasConsent(today);
}
