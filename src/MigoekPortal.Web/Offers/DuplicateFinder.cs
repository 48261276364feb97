using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Offers;

/// <summary>An existing offer that a new one may duplicate, and why it looks like one.</summary>
public sealed record PossibleDuplicate(int Id, string Title, bool SameUrl, bool SimilarTitle);

/// <summary>
/// Finds offers that look like a new one: the same web address (ignoring scheme, "www.", case and a trailing
/// slash) or a very similar German title (character-bigram similarity on the folded title).
/// </summary>
public static class DuplicateFinder
{
    public const double SimilarTitle = 0.8;

    public static async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(PortalDbContext db, string url, string title, int? exceptId, CancellationToken ct)
    {
        var key = UrlKey(url);
        var candidates = await db.Offers.AsNoTracking().Where(o => o.Id != exceptId)
            .Select(o => new { o.Id, o.Url, Title = o.Translations.Where(t => t.Culture == Cultures.Default).Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. candidates
            .Select(c => new PossibleDuplicate(c.Id, c.Title ?? "", UrlKey(c.Url) == key, Similarity(c.Title ?? "", title) >= SimilarTitle))
            .Where(d => d.SameUrl || d.SimilarTitle)
            .OrderByDescending(d => d.SameUrl).ThenBy(d => d.Title, StringComparer.Ordinal).Take(10)];
    }

    public static string UrlKey(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return url.Trim().ToLowerInvariant();
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return (host + uri.PathAndQuery.TrimEnd('/')).ToLowerInvariant();
    }

    /// <summary>Dice coefficient of the character bigrams of both folded titles: 1 for equal titles, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Bigrams(SearchText.Fold(a));
        var y = Bigrams(SearchText.Fold(b));
        if (x.Count == 0 || y.Count == 0) return 0;
        var common = 0;
        foreach (var (bigram, count) in x)
        {
            if (y.TryGetValue(bigram, out var other)) common += Math.Min(count, other);
        }
        return 2.0 * common / (x.Values.Sum() + y.Values.Sum());
    }

    private static Dictionary<(char, char), int> Bigrams(string text)
    {
        var bigrams = new Dictionary<(char, char), int>();
        var letters = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            var key = (letters[i], letters[i + 1]);
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }
        return bigrams;
    }
}
