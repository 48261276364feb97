namespace MigoekPortal.Web.Dashboard;

/// <summary>
/// What needs attention in one district (or, with <see cref="DistrictId"/> null, in the central content):
/// the numbers behind the staff dashboard and the weekly digest.
/// </summary>
public sealed record AttentionReport(int? DistrictId, string? Slug, string Name)
{
    public int OfferDrafts { get; init; }

    public int StoryDrafts { get; init; }

    /// <summary>Offers not verified for more than 12 months, or never.</summary>
    public int StaleOffers { get; init; }

    public int OrganizationsMissingContact { get; init; }

    /// <summary>The district office's empty contact fields ("Name", "Address", …); empty for central content.</summary>
    public IReadOnlyList<string> OfficeMissingFields { get; init; } = [];

    public int ConsentsExpired { get; init; }

    /// <summary>Consents that expire within the next 30 days (and have not yet).</summary>
    public int ConsentsExpiringSoon { get; init; }

    /// <summary>One row per language other than German, in the order of the portal's cultures.</summary>
    public IReadOnlyList<LanguageTranslations> Translations { get; init; } = [];

    public int MissingTranslations => Translations.Sum(t => t.Missing);

    public int OutdatedTranslations => Translations.Sum(t => t.Outdated);

    /// <summary>Everything counted above, for a one-line summary.</summary>
    public int Total => OfferDrafts + StoryDrafts + StaleOffers + OrganizationsMissingContact + OfficeMissingFields.Count
        + ConsentsExpired + ConsentsExpiringSoon + MissingTranslations + OutdatedTranslations;
}

/// <summary>The translation states of one language, per kind of content.</summary>
public sealed record LanguageTranslations(string Culture, IReadOnlyDictionary<ContentKind, TranslationCounts> ByKind)
{
    public int Current => ByKind.Values.Sum(c => c.Current);

    public int Outdated => ByKind.Values.Sum(c => c.Outdated);

    public int Missing => ByKind.Values.Sum(c => c.Missing);
}

public sealed record TranslationCounts(int Current, int Outdated, int Missing);

public enum ContentKind { Offers, Events, Stories, BrochureSections }
