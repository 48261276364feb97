namespace MigoekPortal.Web.Offers;

/// <summary>Readable URL segments from German titles: "Gründungszuschuss der Agentur" → "grundungszuschuss-der-agentur".</summary>
public static class Slugs
{
    public static string From(string title)
    {
        var words = SearchText.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? "offer" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
