using System.Globalization;
using System.Text;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// Turns text of any UI language into search terms: case and diacritics folded (ä→a, ß→ss, ё→е,
/// Arabic harakat removed), letter variants unified (Turkish ı/İ, Arabic alef forms, Arabic and Persian
/// yeh and kaf), and a light suffix stemmer per script so that "Gründung", "gründen" and "Gründer"
/// meet at "grund". Queries match terms by prefix. The same function serves documents and queries.
/// </summary>
public static class SearchText
{
    private static readonly string[] LatinSuffixes = ByLength(
    [
        "ierungen", "ungen", "ierung", "ung", "heit", "keit", "ings", "ing", "ern", "en", "er", "em", "es", "ed",
        "lari", "leri", "lar", "ler", "ului", "ilor", "ami", "ach", "ow", "ul", "le", "e", "s", "n", "y", "i", "a",
    ]);

    private static readonly string[] CyrillicSuffixes = ByLength(
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ой", "ый", "ий",
        "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ів", "ії", "ою", "ею", "ы", "и", "а", "я", "о", "е", "у", "ю", "ь", "і", "ї",
    ]);

    private static readonly string[] ArabicPrefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];

    private static readonly string[] ArabicSuffixes = ByLength(["ها", "ات", "ون", "ين", "ان", "ية", "يه", "ه", "ي"]);

    private static string[] ByLength(string[] suffixes) => [.. suffixes.Distinct().OrderByDescending(s => s.Length)];

    private const int MinimumStem = 4;

    /// <summary>The search terms of a text, in order; duplicates kept (callers decide).</summary>
    public static IEnumerable<string> Terms(string? text) => Terms(text, stems: null);

    /// <summary>As <see cref="Terms(string?)"/>, remembering stems in <paramref name="stems"/> while an index is built.</summary>
    public static IEnumerable<string> Terms(string? text, Dictionary<string, string>? stems)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        foreach (var word in Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string term;
            if (stems is null) term = Stem(word);
            else if (!stems.TryGetValue(word, out term!)) stems[word] = term = Stem(word);
            if (term.Length > 0) yield return term;
        }
    }

    /// <summary>Folds case, diacritics and letter variants; keeps letters, digits and spaces.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            switch (c)
            {
                case 'ß': builder.Append("ss"); continue;
                case 'İ' or 'I' or 'ı': builder.Append('i'); continue;
                case 'ـ': continue; // Arabic tatweel
                case 'أ' or 'إ' or 'آ' or 'ٱ': builder.Append('ا'); continue;
                case 'ى' or 'ی' or 'ئ' or 'ې': builder.Append('ي'); continue;
                case 'ک': builder.Append('ك'); continue;
                case 'ة': builder.Append('ه'); continue;
                case 'ؤ': builder.Append('و'); continue;
            }
            if (c is >= '٠' and <= '٩') { builder.Append((char)('0' + (c - '٠'))); continue; }
            if (c is >= '۰' and <= '۹') { builder.Append((char)('0' + (c - '۰'))); continue; }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString();
    }

    /// <summary>Removes one inflectional suffix (and Arabic prefixes), keeping a stem of a useful length.</summary>
    public static string Stem(string word)
    {
        if (word.Length == 0) return word;
        var c = word[0];
        if (c is >= '\u0600' and <= '\u06FF')
        {
            foreach (var prefix in ArabicPrefixes)
            {
                if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.Ordinal)) { word = word[prefix.Length..]; break; }
            }
            return StripSuffix(word, ArabicSuffixes, 3);
        }
        if (c is >= '\u0400' and <= '\u04FF') return StripSuffix(word, CyrillicSuffixes, MinimumStem);
        return char.IsDigit(c) ? word : StripSuffix(word, LatinSuffixes, MinimumStem);
    }

    /// <summary>Up to two passes, longest suffix first: "krediler" → "kredi" → "kred", like "kredi" → "kred".</summary>
    private static string StripSuffix(string word, string[] suffixes, int minimum)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var stripped = false;
            foreach (var s in suffixes)
            {
                if (word.Length - s.Length < minimum || !word.EndsWith(s, StringComparison.Ordinal)) continue;
                word = word[..^s.Length];
                stripped = true;
                break;
            }
            if (!stripped) break;
        }
        return word;
    }
}
