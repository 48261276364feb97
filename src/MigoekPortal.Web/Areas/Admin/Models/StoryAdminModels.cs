using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Domain.Stories;

namespace MigoekPortal.Web.Areas.Admin.Models;

public enum ConsentState { Missing = 1, Valid, Expired }

public sealed record StoryAdminRow(int Id, string Title, string PersonName, string? District, OfferStatus Status, ConsentState Consent, DateOnly? ConsentExpiresOn, bool HasVideo, int Captions, bool IsSample);

/// <summary>The story form with what the user may choose; <see cref="Current"/> holds another editor's save after a conflict.</summary>
public sealed record StoryEditViewModel(int? Id, StoryInput Input, IReadOnlyList<(int Id, string Name)> Districts, bool Central, IReadOnlyList<(int Id, string Title)> Offers)
{
    public OfferStatus? Status { get; init; }

    /// <summary>Who submitted it for a second editor's publish (four-eyes districts), and when.</summary>
    public string? SubmittedBy { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public ConsentState Consent { get; init; } = ConsentState.Missing;

    public bool HasVideo { get; init; }

    public StoryInput? Current { get; init; }

    public IReadOnlyList<(string Culture, TranslationState State)> Translations { get; init; } = [];
}

/// <summary>The media page: the video, the poster, and the captions per language.</summary>
public sealed record StoryMediaViewModel(Story Story, string Title, long MaxVideoBytes, IReadOnlyList<(string Culture, StoryCaption? Caption)> Captions)
{
    public string? Error { get; init; }
}

public sealed record StoryTranslationViewModel(int StoryId, string Culture, StoryTranslationInput German, StoryTranslationInput Input, bool Outdated)
{
    public StoryTranslationInput? Current { get; init; }
}
