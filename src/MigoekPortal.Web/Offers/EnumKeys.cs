namespace MigoekPortal.Web.Offers;

/// <summary>Enum values as they appear in URLs, JSON and resource keys: camelCase ("partlySubsidised").</summary>
public static class EnumKeys
{
    public static string Of<T>(T value) where T : struct, Enum => Camel(value.ToString());

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The set values of a flags enum, e.g. ["advice", "grant"].</summary>
    public static IReadOnlyList<string> Flags<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(v)).Select(Of).ToList();
}
