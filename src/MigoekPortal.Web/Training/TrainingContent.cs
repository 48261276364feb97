using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Training;

/// <summary>
/// The texts of the training corner: what the workshop "Vielfalt in der Gründungsberatung" is, its modules and
/// the advisors' checklist. Central editorial content shipped with the portal (<c>Training/Content/training.{culture}.json</c>,
/// German in <c>training.json</c>); a language without its own file gets German and the page says so.
/// </summary>
public sealed class TrainingContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, Texts?> cache = new();

    public sealed record Module(string Title, string Summary);

    public sealed record ChecklistGroup(string Title, IReadOnlyList<string> Items);

    public sealed record Checklist(string Title, string Intro, IReadOnlyList<ChecklistGroup> Groups);

    public sealed record Texts(string Title, string Lead, string About, string Audience, IReadOnlyList<Module> Modules, Checklist Checklist)
    {
        public string Culture { get; init; } = Cultures.Default;

        public bool IsFallback { get; init; }
    }

    public Texts For(string culture) => Load(culture) ?? Load(Cultures.Default)! with { IsFallback = true };

    private Texts? Load(string culture) => cache.GetOrAdd(culture, c =>
    {
        var name = c == Cultures.Default ? "training.json" : $"training.{c}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MigoekPortal.Web.Training.Content.{name}");
        return stream is null ? null : JsonSerializer.Deserialize<Texts>(stream, Json)! with { Culture = c };
    });
}
