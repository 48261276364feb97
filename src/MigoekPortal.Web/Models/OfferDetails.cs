using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Models;

/// <summary>An offer as one page shows it: the texts in the visitor's language, or German with a notice.</summary>
public sealed record OfferDetails(Offer Offer, OfferTranslation Texts, bool IsFallback, TranslationState State, string Slug)
{
    /// <summary>Public success stories of entrepreneurs this offer helped.</summary>
    public IReadOnlyList<StoryLink> Stories { get; init; } = [];

    public static OfferDetails From(Offer offer, string culture)
    {
        var german = offer.Translations.Single(t => t.Culture == Cultures.Default);
        var own = offer.Translations.FirstOrDefault(t => t.Culture == culture);
        return new OfferDetails(offer, own ?? german, own is null, TranslationStates.Of(offer, culture), Slugs.From(german.Title));
    }
}

public sealed record StoryLink(int Id, string Slug, string Title, string Culture, string PersonName);
