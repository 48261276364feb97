using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>
/// The offer form. <see cref="Current"/> holds what another editor saved meanwhile (after a conflict);
/// <see cref="Duplicates"/> lists existing offers a new one may repeat; <see cref="Preview"/> shows the unsaved texts.
/// </summary>
public sealed record OfferEditViewModel(int? Id, OfferInput Input, OfferFormChoices Choices)
{
    public string? ExternalId { get; init; }

    public OfferStatus? Status { get; init; }

    /// <summary>Who submitted it for a second editor's publish (four-eyes districts), and when.</summary>
    public string? SubmittedBy { get; init; }

    public DateTime? SubmittedAtUtc { get; init; }

    public OfferInput? Current { get; init; }

    public IReadOnlyList<PossibleDuplicate> Duplicates { get; init; } = [];

    public bool Preview { get; init; }

    public IReadOnlyList<(string Culture, TranslationState State)> Translations { get; init; } = [];
}

/// <summary>What the user may choose: organisations, their districts, and whether central (state/nationwide) scopes are open to them.</summary>
public sealed record OfferFormChoices(IReadOnlyList<(int Id, string Name)> Providers, IReadOnlyList<(int Id, string Name)> Districts, bool Central);
