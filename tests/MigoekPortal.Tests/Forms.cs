using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MigoekPortal.Tests;

/// <summary>A form as a browser would submit it: read from the page, changed by the test, posted back.</summary>
public sealed class Forms(IHtmlFormElement form)
{
    private readonly List<KeyValuePair<string, string>> _fields = Read(form);

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public string Action => form.GetAttribute("action") ?? "";

    public static async Task<Forms> ReadAsync(HttpClient client, string page, string action)
    {
        var html = await client.GetPageAsync(page);
        return Parse(html, action);
    }

    public static Forms Parse(string html, string action)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.Forms.FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posting to {action} in the page.");
        return new Forms(form);
    }

    public string? this[string name] => _fields.LastOrDefault(f => f.Key == name).Value;

    public Forms Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    public Forms SetAll(string name, params string[] values)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Name, string Value)[] extra) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_fields.Concat(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)))));

    private static List<KeyValuePair<string, string>> Read(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "file"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields.Add(new(name, select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : select.Options.Length > 0 ? select.Options[0].Value : ""));
                    break;
            }
        }
        return fields;
    }
}
