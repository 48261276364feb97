namespace MigoekPortal.Web.Domain.Offers;

public enum TranslationState { Missing, Current, Outdated }

public static class TranslationStates
{
    public static TranslationState Of(Offer offer, string culture) =>
        offer.Translations.FirstOrDefault(t => t.Culture == culture) is not { } t ? TranslationState.Missing
        : t.SourceRevision >= offer.SourceRevision ? TranslationState.Current
        : TranslationState.Outdated;
}
