namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>A group of checkboxes or radio buttons bound to <c>Input.{Name}</c>; <see cref="Current"/> as in <see cref="FieldModel"/>.</summary>
public sealed record ChoicesModel(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyCollection<string> Selected)
{
    public string Type { get; init; } = "checkbox";

    public IReadOnlyCollection<string>? Current { get; init; }

    public static ChoicesModel For<T>(string name, string legend, Func<T, string> label, IEnumerable<T> selected, IEnumerable<T>? current = null)
        where T : struct, Enum => new(
            name, legend,
            [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0).Select(v => (v.ToString(), label(v)))],
            [.. selected.Select(v => v.ToString())])
        {
            Current = current?.Select(v => v.ToString()).ToList(),
        };
}
