using Microsoft.AspNetCore.Mvc;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Api;

/// <summary>The API's query parameters. Unlike the page, the API refuses unknown values with a 400 that names them.</summary>
public sealed class OfferApiQuery
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "lang")] public string? Lang { get; set; }
    [FromQuery(Name = "category")] public string? Category { get; set; }
    [FromQuery(Name = "topic")] public string? Topic { get; set; }
    [FromQuery(Name = "phase")] public string? Phase { get; set; }
    [FromQuery(Name = "targetGroup")] public string? TargetGroup { get; set; }
    [FromQuery(Name = "mode")] public string? Mode { get; set; }
    [FromQuery(Name = "cost")] public string? Cost { get; set; }
    [FromQuery(Name = "district")] public string? District { get; set; }
    [FromQuery(Name = "state")] public string? State { get; set; }
    [FromQuery(Name = "language")] public string? Language { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int Page { get; set; } = 1;
    [FromQuery(Name = "pageSize")] public int PageSize { get; set; } = 20;

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (Lang is not null && !Cultures.IsSupported(Lang)) errors["lang"] = $"must be one of {string.Join(", ", Cultures.All)}";
        Check<OfferCategory>("category", Category, errors);
        Check<OfferTopic>("topic", Topic, errors);
        Check<OfferPhase>("phase", Phase, errors);
        Check<TargetGroup>("targetGroup", TargetGroup, errors);
        Check<DeliveryMode>("mode", Mode, errors);
        Check<OfferCost>("cost", Cost, errors);
        Check<OfferSort>("sort", Sort, errors);
        if (State is not null && State != "nationwide" && !(State.Length == 2 && Enum.TryParse<FederalState>(State, out _)))
            errors["state"] = "a federal state code such as NI or HE, or nationwide";
        if (Language is not null && Language.Length is < 2 or > 3) errors["language"] = "an ISO 639 code such as de or ar";
        if (Q?.Length > OfferSearchInput.MaxQueryLength) errors["q"] = $"at most {OfferSearchInput.MaxQueryLength} characters";
        if (Page < 1) errors["page"] = "must be 1 or more";
        if (PageSize is < 1 or > 100) errors["pageSize"] = "must be between 1 and 100";
        return errors;
    }

    public OfferSearchInput ToSearchInput() => new()
    {
        Q = Q, Category = Category, Topic = Topic, Phase = Phase, TargetGroup = TargetGroup, Mode = Mode, Cost = Cost,
        District = District, State = State, Language = Language, Sort = Sort, Page = Page,
    };

    private static void Check<T>(string name, string? value, Dictionary<string, string> errors) where T : struct, Enum
    {
        if (value is null) return;
        var names = Enum.GetNames<T>().Where(n => n != "None").Select(EnumKeys.Camel).ToList();
        if (!names.Contains(value)) errors[name] = $"must be one of {string.Join(", ", names)}";
    }
}
