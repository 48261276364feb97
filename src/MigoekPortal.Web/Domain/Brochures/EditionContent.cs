using System.Text.Json;

namespace MigoekPortal.Web.Domain.Brochures;

/// <summary>What an edition holds: its sections in order, each with the texts per culture and whether they were current.</summary>
public sealed record EditionContent(IReadOnlyList<EditionSection> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static EditionContent Deserialize(string json) => JsonSerializer.Deserialize<EditionContent>(json, Json)!;

    public static EditionContent From(IEnumerable<BrochureSection> sections) => new([.. sections.OrderBy(s => s.Position).Select(s =>
        new EditionSection(s.Key, s.Translations.ToDictionary(t => t.Culture, t => new EditionText(t.Title, t.Body, t.SourceRevision >= s.SourceRevision))))]);
}

public sealed record EditionSection(string Key, IReadOnlyDictionary<string, EditionText> Texts);

public sealed record EditionText(string Title, string Body, bool Current);
