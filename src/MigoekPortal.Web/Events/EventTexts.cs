using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Events;

/// <summary>An event's texts in the visitor's culture, or the German ones (and say so) when the translation is missing or outdated.</summary>
public static class EventTexts
{
    public sealed record Texts(string Title, string? Description, string? Accessibility, string? StatusNote, string Culture, bool IsFallback);

    public static Texts For(Event e, string culture)
    {
        var german = e.Translations.First(t => t.Culture == Cultures.Default);
        var t = e.Translations.FirstOrDefault(t => t.Culture == culture && t.SourceRevision >= e.SourceRevision) ?? german;
        return new Texts(t.Title, t.Description, t.Accessibility, t.StatusNote, t.Culture, t.Culture != culture);
    }
}
