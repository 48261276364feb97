namespace MigoekPortal.Web.Domain.Offers;

/// <summary>The texts of an offer in one culture; German ("de") is the source.</summary>
public sealed class OfferTranslation : IVersioned
{
    public int OfferId { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string? Description { get; set; }

    public string? Eligibility { get; set; }

    public string? HowToApply { get; set; }

    public string? CostNote { get; set; }

    /// <summary>The revision of the German source this translation was made from.</summary>
    public int SourceRevision { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
