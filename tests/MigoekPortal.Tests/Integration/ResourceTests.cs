using System.Text.RegularExpressions;
using System.Xml.Linq;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Integration;

/// <summary>Every UI string exists, non-empty and with the same placeholders, in every culture.</summary>
public sealed partial class ResourceTests
{
    private static readonly string SourceRoot = FindSourceRoot();

    private static Dictionary<string, string> Load(string culture)
    {
        var file = Path.Combine(SourceRoot, "Localization", culture == Cultures.Default ? "SharedResource.resx" : $"SharedResource.{culture}.resx");
        Assert.True(File.Exists(file), $"Missing resource file for culture '{culture}': {file}");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    public static TheoryData<string> TranslatedCultures() => [.. Cultures.All.Where(c => c != Cultures.Default)];

    [Theory]
    [MemberData(nameof(TranslatedCultures))]
    public void EveryKey_IsTranslated_WithTheSamePlaceholders(string culture)
    {
        var source = Load(Cultures.Default);
        var translation = Load(culture);

        var missing = source.Keys.Where(k => !translation.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        Assert.True(missing.Count == 0, $"{culture}: missing or empty keys: {string.Join(", ", missing)}");
        var extra = translation.Keys.Except(source.Keys).ToList();
        Assert.True(extra.Count == 0, $"{culture}: keys not in the German source: {string.Join(", ", extra)}");
        var badPlaceholders = source.Keys.Where(k => !Placeholders(source[k]).SetEquals(Placeholders(translation[k]))).ToList();
        Assert.True(badPlaceholders.Count == 0, $"{culture}: placeholders differ in {string.Join(", ", badPlaceholders)}");
    }

    [Fact]
    public void EveryKeyUsedInCode_ExistsInTheGermanSource()
    {
        var source = Load(Cultures.Default);
        var files = Directory.EnumerateFiles(SourceRoot, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = files.SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.NotEmpty(used);
        var unknown = used.Where(k => !source.ContainsKey(k)).Order().ToList();
        Assert.True(unknown.Count == 0, $"Keys used but not defined: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void DynamicKeyFamilies_AreComplete()
    {
        var source = Load(Cultures.Default);
        var expected = Enum.GetNames<MigoekPortal.Web.Domain.FederalState>().Select(s => "State." + s)
            .Concat(ErrorKinds.SelectMany(e => new[] { $"Error.{e}.Title", $"Error.{e}.Text" }))
            .Concat(HomeSections.SelectMany(s =>
            {
                var key = char.ToUpperInvariant(s[0]) + s[1..];
                return new[] { $"Section.{key}.Title", $"Section.{key}.Teaser" };
            }))
            .Concat(new MigoekPortal.Web.Domain.OfficeContact().MissingFields().Select(f => "Missing." + f))
            .Concat(Enum.GetNames<MigoekPortal.Web.Dashboard.ContentKind>().Select(k => "Dashboard.Kind." + k))
            .Concat(MigoekPortal.Web.Dashboard.AttentionItem.Of(new(1, "x", "x")).Select(i => i.Key));
        var missing = expected.Where(k => !source.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    private static readonly string[] HomeSections = ["offers", "events", "stories", "network", "training"];

    private static readonly string[] ErrorKinds = ["NotFound", "Forbidden", "BadRequest", "ServerError", "Other"];

    private static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Value)];

    private static string FindSourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MigoekPortal.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found"), "src", "MigoekPortal.Web");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // S["Key"], s["Key"], and data-annotation messages/names such as ErrorMessage = "Validation.Required".
    [GeneratedRegex(@"(?:\b[Ss]\[""|(?:ErrorMessage|Name) = "")([A-Z][A-Za-z]*(?:\.[A-Za-z]+)+|Save|Saved|Cancel)""")]
    private static partial Regex KeyUse();
}
