using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Models;

/// <summary>The search as it stands in the URL (so it can be bookmarked and shared). Unknown values are ignored.</summary>
public sealed class OfferSearchInput
{
    public string? Q { get; set; }
    public string? Category { get; set; }
    public string? Topic { get; set; }
    public string? Phase { get; set; }
    public string? TargetGroup { get; set; }
    public string? Mode { get; set; }
    public string? Cost { get; set; }
    public string? Language { get; set; }
    public string? District { get; set; }
    public string? State { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    public const int MaxQueryLength = 200;

    public OfferQuery ToQuery(string culture, int pageSize = 20) => new()
    {
        Text = Q is { Length: > MaxQueryLength } ? Q[..MaxQueryLength] : Q,
        Culture = culture,
        Category = Parse<OfferCategory>(Category),
        Topic = Parse<OfferTopic>(Topic),
        Phase = Parse<OfferPhase>(Phase),
        TargetGroup = Parse<TargetGroup>(TargetGroup),
        Mode = Parse<DeliveryMode>(Mode),
        Cost = Parse<OfferCost>(Cost),
        Language = Language is { Length: >= 2 and <= 3 } ? Language.ToLowerInvariant() : null,
        District = string.IsNullOrWhiteSpace(District) ? null : District,
        State = State is { Length: 2 } && Enum.TryParse<FederalState>(State, out var s) ? s : null,
        NationwideOnly = State == "nationwide",
        Sort = Parse<OfferSort>(Sort),
        Page = Math.Clamp(Page, 1, 10_000),
        PageSize = pageSize,
    };

    /// <summary>The current search with some parameters changed (null removes one); page resets unless given.</summary>
    public Dictionary<string, string?> With(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["category"] = Category, ["topic"] = Topic, ["phase"] = Phase, ["targetGroup"] = TargetGroup,
            ["mode"] = Mode, ["cost"] = Cost, ["language"] = Language, ["district"] = District, ["state"] = State, ["sort"] = Sort,
        };
        foreach (var (name, value) in changes) values[name] = value;
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value);
    }

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        value is not null && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && Convert.ToInt32(parsed, System.Globalization.CultureInfo.InvariantCulture) != 0
            ? parsed : null;
}
