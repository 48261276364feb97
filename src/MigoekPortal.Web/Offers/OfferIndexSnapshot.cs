using System.Buffers;
using System.Globalization;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// An immutable inverted index over the published offers: sorted terms with postings, so that a query
/// term finds every term it is a prefix of by binary search. Searches read it without locks.
/// </summary>
internal sealed class OfferIndexSnapshot
{
    private readonly IndexedOffer[] _offers;
    private readonly string[] _terms;
    private readonly (int Doc, float Weight)[][] _postings;
    private readonly IReadOnlyDictionary<string, Domain.FederalState> _districtStates;

    public OfferIndexSnapshot(
        IReadOnlyList<(IndexedOffer Offer, IEnumerable<(string Text, float Weight)> Fields)> documents,
        IReadOnlyDictionary<string, Domain.FederalState> districtStates)
    {
        _districtStates = districtStates;
        _offers = documents.Select(d => d.Offer).ToArray();
        var builder = new Builder();
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var (text, weight) in documents[doc].Fields) builder.Add(text, weight);
            builder.EndDocument(doc);
        }
        (_terms, _postings) = builder.TermsAndPostings();
    }

    public int Count => _offers.Length;

    public IndexedOffer? Find(int id) => Array.Find(_offers, o => o.Id == id);

    public OfferSearchResult Search(OfferQuery query)
    {
        var queryTerms = SearchText.Terms(query.Text).Where(t => t.Length >= 2).Distinct().ToArray();
        var scores = queryTerms.Length == 0 ? null : Score(queryTerms);
        var textMatch = Enumerable.Range(0, _offers.Length).Where(i => scores is null || scores[i] > 0).ToArray();

        var failing = textMatch.Select(i => FailingFilters(_offers[i], query)).ToArray();
        var matching = textMatch.Where((_, k) => failing[k] == 0).ToList();
        var sort = query.Sort ?? (scores is null ? OfferSort.Title : OfferSort.Relevance);
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo(query.Culture), ignoreCase: true);
        IEnumerable<int> ordered = sort switch
        {
            OfferSort.Relevance when scores is not null => matching.OrderByDescending(i => scores[i]).ThenBy(i => Display(i, query.Culture).Title, compare),
            OfferSort.Newest => matching.OrderByDescending(i => _offers[i].UpdatedAtUtc),
            _ => matching.OrderBy(i => Display(i, query.Culture).Title, compare),
        };
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var items = ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(i => Hit(i, query.Culture, queryTerms)).ToList();
        return new OfferSearchResult(matching.Count, page, pageSize, items, Facets(textMatch, failing));
    }

    private float[] Score(string[] queryTerms)
    {
        var total = new float[_offers.Length];
        var first = true;
        foreach (var queryTerm in queryTerms)
        {
            var termScore = new float[_offers.Length];
            var index = Array.BinarySearch(_terms, queryTerm, StringComparer.Ordinal);
            if (index < 0) index = ~index;
            for (; index < _terms.Length && _terms[index].StartsWith(queryTerm, StringComparison.Ordinal); index++)
            {
                var exact = _terms[index].Length == queryTerm.Length ? 1.5f : 1f;
                foreach (var (doc, weight) in _postings[index]) termScore[doc] = Math.Max(termScore[doc], weight * exact);
            }
            for (var d = 0; d < total.Length; d++)
            {
                // Every query term must match (AND); scores add up.
                total[d] = termScore[d] == 0 || (!first && total[d] == 0) ? 0 : total[d] + termScore[d];
            }
            first = false;
        }
        return total;
    }

    private static readonly string[] FacetFilters = ["category", "topic", "phase", "targetGroup", "mode", "cost", "language", "region"];

    /// <summary>One bit per filter (in <see cref="FacetFilters"/> order) that the offer fails; 0 means it matches.</summary>
    private int FailingFilters(IndexedOffer o, OfferQuery q)
    {
        var failing = 0;
        if (q.Category is { } c && (o.Categories & c) == 0) failing |= 1;
        if (q.Topic is { } t && (o.Topics & t) == 0) failing |= 2;
        if (q.Phase is { } p && (o.Phases & p) == 0) failing |= 4;
        if (q.TargetGroup is { } g && (o.TargetGroups & g) == 0) failing |= 8;
        if (q.Mode is { } m && (o.Modes & m) == 0) failing |= 16;
        if (q.Cost is { } cost && o.Cost != cost) failing |= 32;
        if (q.Language is { } language && !o.Languages.Contains(language)) failing |= 64;
        if (!InRegion(o, q)) failing |= 128;
        return failing;
    }

    private bool InRegion(IndexedOffer o, OfferQuery q)
    {
        if (q.NationwideOnly) return o.Scope == OfferScope.Nationwide;
        if (q.District is { } slug) return AvailableInDistrict(o, slug);
        if (q.State is { } state) return AvailableInState(o, state);
        return true;
    }

    private bool AvailableInDistrict(IndexedOffer o, string slug) =>
        o.Scope == OfferScope.Nationwide || o.DistrictSlug == slug
        || (o.Scope == OfferScope.State && _districtStates.TryGetValue(slug, out var state) && o.State == state);

    private static bool AvailableInState(IndexedOffer o, Domain.FederalState state) =>
        o.Scope == OfferScope.Nationwide || o.State == state || o.DistrictState == state;

    /// <summary>Counts per facet value, each with all other filters applied but not its own.</summary>
    private Dictionary<string, IReadOnlyList<FacetValue>> Facets(int[] textMatch, int[] failing)
    {
        List<FacetValue> Count<T>(string name, IEnumerable<T> values, Func<IndexedOffer, T, bool> has, Func<T, string> key)
        {
            var own = 1 << Array.IndexOf(FacetFilters, name);
            var candidates = new List<IndexedOffer>();
            for (var k = 0; k < textMatch.Length; k++)
            {
                if ((failing[k] & ~own) == 0) candidates.Add(_offers[textMatch[k]]);
            }
            return values.Select(v => new FacetValue(key(v), candidates.Count(o => has(o, v)))).Where(f => f.Count > 0).ToList();
        }
        static IEnumerable<T> Flags<T>() where T : struct, Enum => Enum.GetValues<T>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0);
        static string Key<T>(T v) where T : struct, Enum => JsonName(v.ToString());

        return new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["category"] = Count("category", Flags<OfferCategory>(), (o, v) => (o.Categories & v) != 0, Key),
            ["topic"] = Count("topic", Flags<OfferTopic>(), (o, v) => (o.Topics & v) != 0, Key),
            ["phase"] = Count("phase", Flags<OfferPhase>(), (o, v) => (o.Phases & v) != 0, Key),
            ["targetGroup"] = Count("targetGroup", Flags<TargetGroup>(), (o, v) => (o.TargetGroups & v) != 0, Key),
            ["mode"] = Count("mode", Flags<DeliveryMode>(), (o, v) => (o.Modes & v) != 0, Key),
            ["cost"] = Count("cost", Enum.GetValues<OfferCost>(), (o, v) => o.Cost == v, Key),
            ["language"] = Count("language", _offers.SelectMany(o => o.Languages).Distinct().Order(StringComparer.Ordinal), (o, v) => o.Languages.Contains(v), v => v),
            ["district"] = Count("region", _districtStates.Keys.Order(StringComparer.Ordinal), AvailableInDistrict, v => v),
            ["state"] = Count("region", _districtStates.Values.Concat(_offers.Select(o => o.State).OfType<Domain.FederalState>()).Distinct().Order(),
                AvailableInState, v => v.ToString()),
        };
    }

    internal static string JsonName(string name) => EnumKeys.Camel(name);

    private (string Title, string Summary, string Culture) Display(int i, string culture)
    {
        var texts = _offers[i].Texts;
        return texts.TryGetValue(culture, out var t) ? (t.Title, t.Summary, culture)
            : texts.TryGetValue("de", out var de) ? (de.Title, de.Summary, "de")
            : (_offers[i].ExternalId, "", "de");
    }

    private OfferHit Hit(int i, string culture, string[] queryTerms)
    {
        var o = _offers[i];
        var (title, summary, shown) = Display(i, culture);
        return new OfferHit(o.Id, o.ExternalId, o.Slug, title, summary, shown, shown != culture, o.Provider, o.Scope, o.State, o.DistrictSlug,
            o.DistrictName, o.Categories, o.Languages, o.Cost, o.LastVerifiedOn, o.UpdatedAtUtc, queryTerms);
    }

    /// <summary>
    /// Collects the terms and postings while a snapshot is built. Each distinct word is folded and stemmed once
    /// per build and its terms get numbers, so that the work per word of text is one lookup. A text's terms are
    /// those of <see cref="SearchText.Terms(string?)"/> of the whole text: folding maps white space to a space
    /// and never decomposes across it, so the whole text's terms are its words' terms in order.
    /// </summary>
    private sealed class Builder
    {
        private static readonly SearchValues<char> Space = SearchValues.Create(
            [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c)
                && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control)]);

        private readonly Dictionary<string, int[]> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<List<(int Doc, float Weight)>> _postings = [];
        private readonly List<int> _inDocument = [];
        private float[] _best = new float[4096]; // per term: its highest weight in the current document; 0 = not in it

        /// <summary>Adds a text of the current document; <paramref name="weight"/> is positive.</summary>
        public void Add(string text, float weight)
        {
            var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            var rest = text.AsSpan();
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(Space);
                var word = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (word.IsEmpty) continue;
                if (!words.TryGetValue(word, out var ids))
                {
                    var key = word.ToString();
                    _words[key] = ids = [.. SearchText.Terms(key, _stems).Select(Id)];
                }
                foreach (var id in ids)
                {
                    if (_best[id] == 0) _inDocument.Add(id);
                    if (_best[id] < weight) _best[id] = weight;
                }
            }
        }

        public void EndDocument(int doc)
        {
            foreach (var id in _inDocument)
            {
                _postings[id].Add((doc, _best[id]));
                _best[id] = 0;
            }
            _inDocument.Clear();
        }

        /// <summary>The terms in ordinal order, for prefix search by binary search, with their postings.</summary>
        public (string[] Terms, (int Doc, float Weight)[][] Postings) TermsAndPostings()
        {
            var order = Enumerable.Range(0, _terms.Count).OrderBy(id => _terms[id], StringComparer.Ordinal).ToArray();
            return ([.. order.Select(id => _terms[id])], [.. order.Select(id => _postings[id].ToArray())]);
        }

        private int Id(string term)
        {
            if (_ids.TryGetValue(term, out var id)) return id;
            _ids[term] = id = _terms.Count;
            _terms.Add(term);
            _postings.Add([]);
            if (id == _best.Length) Array.Resize(ref _best, 2 * _best.Length);
            return id;
        }
    }
}
