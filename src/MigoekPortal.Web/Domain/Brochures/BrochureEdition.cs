namespace MigoekPortal.Web.Domain.Brochures;

/// <summary>
/// A published edition: the sections and their translations as they were at publishing (<see cref="Content"/>,
/// JSON), with its "Stand" date. Live references in the text still show current contact data.
/// </summary>
public sealed class BrochureEdition
{
    public int Id { get; set; }

    public int BrochureId { get; set; }

    /// <summary>1 for the first edition of a brochure, then counting up.</summary>
    public int Number { get; set; }

    /// <summary>The "Stand" date printed on the brochure.</summary>
    public DateOnly AsOf { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Cultures whose translation was complete and current at publishing, space-separated ("de en ar").</summary>
    public required string Languages { get; set; }

    public required string Content { get; set; }

    public IEnumerable<string> LanguageCodes() => Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
