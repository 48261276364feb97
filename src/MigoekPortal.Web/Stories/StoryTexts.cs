using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Stories;

/// <summary>A story's texts in the visitor's culture, or the German ones (and say so) when the translation is missing or outdated.</summary>
public static class StoryTexts
{
    public sealed record Texts(string Title, string? Quote, string? Text, string? Transcript, string Culture, bool IsFallback);

    public static Texts For(Story s, string culture)
    {
        var german = s.Translations.First(t => t.Culture == Cultures.Default);
        var t = s.Translations.FirstOrDefault(t => t.Culture == culture && t.SourceRevision >= s.SourceRevision) ?? german;
        return new Texts(t.Title, t.Quote, t.Text, t.Transcript, t.Culture, t.Culture != culture);
    }

    public static string Slug(Story s) => Offers.Slugs.From(s.Translations.First(t => t.Culture == Cultures.Default).Title);
}
