namespace MigoekPortal.Web.Areas.Admin.Models;

/// <summary>
/// One labelled form field bound to <c>Input.{Name}</c>. <see cref="Current"/> is what another editor saved
/// meanwhile (shown after a concurrency conflict); <see cref="Lang"/> marks text in another language than the page.
/// </summary>
public sealed record FieldModel(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";

    public string? Current { get; init; }

    public string? Hint { get; init; }

    public string? Autocomplete { get; init; } = "off";

    public string? Lang { get; init; }

    public bool Required { get; init; }

    public int Rows { get; init; } = 6;

    public string Id => "Input_" + Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
