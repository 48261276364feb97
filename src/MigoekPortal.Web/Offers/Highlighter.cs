using System.Text;
using System.Text.Encodings.Web;

namespace MigoekPortal.Web.Offers;

/// <summary>Marks the words of a text that a search matched, so visitors see why a hit was found.</summary>
public static class Highlighter
{
    public static string Html(string text, IReadOnlyList<string> queryTerms, HtmlEncoder encoder)
    {
        if (queryTerms.Count == 0) return encoder.Encode(text);
        var html = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark)) continue;
            if (i > start)
            {
                var word = text[start..i];
                var term = SearchText.Terms(word).FirstOrDefault();
                var hit = term is not null && queryTerms.Any(q => term.StartsWith(q, StringComparison.Ordinal));
                html.Append(hit ? "<mark>" + encoder.Encode(word) + "</mark>" : encoder.Encode(word));
            }
            if (i < text.Length) html.Append(encoder.Encode(text[i].ToString()));
            start = i + 1;
        }
        return html.ToString();
    }
}
