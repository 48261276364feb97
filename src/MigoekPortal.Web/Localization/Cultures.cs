using System.Globalization;

namespace MigoekPortal.Web.Localization;

/// <summary>
/// The UI cultures of the portal. Adding a language is one line here plus its
/// <c>SharedResource.{culture}.resx</c> file.
/// </summary>
public static class Cultures
{
    public const string Default = "de";

    public static readonly IReadOnlyList<string> All = ["de", "en", "ar", "fa", "tr", "ru", "uk", "pl", "ro", "bg"];

    public static bool IsSupported(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);

    public static bool IsRightToLeft(string name) => CultureInfo.GetCultureInfo(name).TextInfo.IsRightToLeft;

    /// <summary>The language's name in its own script, e.g. "العربية".</summary>
    public static string Autonym(string name) => LanguageNames.Autonym(name);

    /// <summary>
    /// The culture used for formatting. Always the Gregorian calendar: every date on the portal is an
    /// appointment in Germany, and ICU's default for Persian would be the Solar Hijri calendar.
    /// </summary>
    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            culture.DateTimeFormat.Calendar = new GregorianCalendar();
        }
        return culture;
    }

    /// <summary>
    /// The same path in another culture: <c>/de/districts/x</c> → <c>/ar/districts/x</c>.
    /// Paths without a culture segment lead to the other culture's home page.
    /// </summary>
    public static string SwitchPath(string path, string culture)
    {
        var segments = path.Split('/', 3);
        return segments.Length >= 2 && IsSupported(segments[1])
            ? "/" + culture + (segments.Length == 3 ? "/" + segments[2] : "/")
            : "/" + culture + "/";
    }
}
