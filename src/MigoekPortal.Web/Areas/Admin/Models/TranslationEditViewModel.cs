using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>The German source beside the language being translated; <see cref="Current"/> as in the offer form.</summary>
public sealed record TranslationEditViewModel(int OfferId, string Culture, OfferTextsInput German, TranslationInput Input, TranslationState State)
{
    public OfferTextsInput? Current { get; init; }

    public bool Preview { get; init; }

    /// <summary>The German text changed while the translator worked; the saved translation stays outdated.</summary>
    public bool SourceChanged { get; init; }
}
