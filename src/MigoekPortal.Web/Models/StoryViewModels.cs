using MigoekPortal.Web.Domain.Stories;
using MigoekPortal.Web.Stories;

namespace MigoekPortal.Web.Models;

/// <summary>The gallery's filters, in the URL.</summary>
public sealed class StoryFilter
{
    public const int PageSize = 12;

    public string? District { get; set; }

    public string? Sector { get; set; }

    public int Page { get; set; } = 1;

    public string Query(int page) => string.Join("&amp;", new[]
    {
        District is null ? null : "district=" + Uri.EscapeDataString(District), Sector is null ? null : "sector=" + Uri.EscapeDataString(Sector),
        page > 1 ? "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(x => x is not null));
}

/// <summary>One story in a list, in the visitor's language (or German with a notice).</summary>
public sealed record StoryCard(Story Story, StoryTexts.Texts Texts, string Slug, string? DistrictName);

public sealed record StoryListViewModel(StoryFilter Filter, int Total, IReadOnlyList<StoryCard> Items,
    IReadOnlyList<(string Slug, string Name)> Districts, IReadOnlyList<StorySector> Sectors);

/// <summary>An offer that helped, with its title in the visitor's language.</summary>
public sealed record HelpedByOffer(int Id, string Slug, string Title, string Culture);

public sealed record StoryPageViewModel(Story Story, StoryTexts.Texts Texts, string Slug, string? DistrictName,
    IReadOnlyList<HelpedByOffer> HelpedBy, bool LoadExternal, bool IsPublic);

/// <summary>The video player of a story or film, with captions in every language that has them.</summary>
public sealed record StoryPlayerModel(Story Story, StoryTexts.Texts Texts, string Slug, bool LoadExternal);

public sealed record TrainingViewModel(Training.TrainingContent.Texts Texts, IReadOnlyList<EventCard> Next, IReadOnlyList<EventCard> WithMaterials, StoryPlayerModel? Film);
