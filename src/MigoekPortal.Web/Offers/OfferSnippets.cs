using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// For hits whose title and summary do not contain the search words, a short passage of the longer
/// texts that does, so visitors see why the offer was found. Only the hits of one page are read.
/// </summary>
public static partial class OfferSnippets
{
    private const int Radius = 80;

    public static async Task<Dictionary<int, string>> ForAsync(PortalDbContext db, IReadOnlyList<OfferHit> hits, CancellationToken ct)
    {
        var snippets = new Dictionary<int, string>();
        if (hits.Count == 0 || hits[0].MatchedTerms.Count == 0) return snippets;
        var terms = hits[0].MatchedTerms;
        var missing = hits.Where(h => !Contains(h.Title, terms) && !Contains(h.Summary, terms)).ToList();
        if (missing.Count == 0) return snippets;
        var ids = missing.Select(h => h.Id).ToList();
        var texts = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id))
            .SelectMany(o => o.Translations, (o, t) => new { o.Id, t.Culture, t.Description, t.Eligibility, t.HowToApply })
            .ToListAsync(ct);
        foreach (var hit in missing)
        {
            var t = texts.FirstOrDefault(x => x.Id == hit.Id && x.Culture == hit.Culture);
            if (t is null) continue;
            var plain = MarkdownSyntax().Replace($"{t.Description} {t.Eligibility} {t.HowToApply}", " ");
            if (Passage(plain, terms) is { } passage) snippets[hit.Id] = passage;
        }
        return snippets;
    }

    private static bool Contains(string text, IReadOnlyList<string> terms) =>
        SearchText.Terms(text).Any(t => terms.Any(q => t.StartsWith(q, StringComparison.Ordinal)));

    private static string? Passage(string text, IReadOnlyList<string> terms)
    {
        foreach (Match word in Word().Matches(text))
        {
            if (!Contains(word.Value, terms)) continue;
            var start = Math.Max(0, word.Index - Radius);
            var end = Math.Min(text.Length, word.Index + word.Length + Radius);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var passage = WhiteSpace().Replace(text[start..end], " ").Trim();
            return (start > 0 ? "… " : "") + passage + (end < text.Length ? " …" : "");
        }
        return null;
    }

    [GeneratedRegex(@"[*_#>\[\]()`]+")]
    private static partial Regex MarkdownSyntax();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
