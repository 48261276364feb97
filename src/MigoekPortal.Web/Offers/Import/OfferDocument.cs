using Microsoft.Extensions.Localization;

namespace MigoekPortal.Web.Offers.Import;

/// <summary>The JSON exchange format of offers (docs/import-format.md). Everything nullable: validation reports what is missing.</summary>
public sealed record OfferDocument(string? Format, List<OrganizationRecord>? Organizations, List<OfferRecord>? Offers)
{
    public const string CurrentFormat = "migoek-offers/1";
}

public sealed record OrganizationRecord(string? ExternalId, string? Name, string? Type, string? Website);

public sealed record ContactRecord(string? Role, string? Phone, string? Email, string? Web);

public sealed record LocationRecord(string? Name, string? Street, string? PostalCode, string? City, string? OpeningHours);

public sealed record OfferTexts(string? Title, string? Summary, string? Description, string? Eligibility, string? HowToApply, string? CostNote);

public sealed record OfferRecord(
    string? ExternalId, string? Provider, string? Scope, string? State, string? District,
    List<string>? Categories, List<string>? Topics, List<string>? Phases, List<string>? TargetGroups, List<string>? DeliveryModes,
    List<string>? Languages, bool? Interpreting, string? Cost, ContactRecord? Contact, List<LocationRecord>? Locations, string? Url, string? Status,
    DateOnly? LastVerified, string? VerifiedBy, DateOnly? ValidFrom, DateOnly? ValidTo,
    Dictionary<string, OfferTexts>? Translations);

/// <summary>
/// One problem in an import file: which record, which field, what is wrong. <see cref="Message"/> is a key of
/// the shared resources ("Import.*"), so staff read it in their language and the command line in English.
/// </summary>
public sealed record ImportError(string Record, int Index, string? ExternalId, string Field, string Message, params string[] Args)
{
    /// <summary>"Angebot 3 (kfw-startgeld), url: …" in the current UI culture.</summary>
    public string Describe(IStringLocalizer s)
    {
        var where = Index < 0 ? s["Import.Record.document"].Value : s["Import.Record." + Record, Index + 1].Value;
        if (ExternalId is not null) where += $" ({ExternalId})";
        return $"{where}, {Field}: {s[Message, Args]}";
    }

    public override string ToString() => $"{Record} {Index + 1}{(ExternalId is null ? "" : $" ({ExternalId})")}, {Field}: {Message} {string.Join(", ", Args)}";
}

public sealed record ImportResult(IReadOnlyList<ImportError> Errors, int Created, int Updated, int Unchanged, bool Applied)
{
    /// <summary>The file touches offers or organisations the importing user may not change.</summary>
    public bool Forbidden { get; init; }

    public IReadOnlyList<string> CreatedIds { get; init; } = [];

    public IReadOnlyList<string> UpdatedIds { get; init; } = [];
}
