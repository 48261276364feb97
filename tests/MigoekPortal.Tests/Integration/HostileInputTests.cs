using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MigoekPortal.Tests.Browser;

namespace MigoekPortal.Tests.Integration;

/// <summary>
/// Hostile strings through every public query parameter and every text field of every staff form: never a 500,
/// never reflected as markup, and no hidden control or direction characters stored.
/// </summary>
public sealed class HostileInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static readonly IReadOnlyList<string> Strings =
    [
        new string('x', 20_000),
        "a\u0000b\u0001c\u0007d\u001Be\u007Ff",
        "\u202Egnp.exe",
        "Тест مرحبا 中文 Ωμέγα",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "{{7*7}}",
        "../../../etc/passwd",
        "%00",
        "🚀👩🏽‍💻🇩🇪",
        // An unpaired surrogate cannot be sent: percent-encoding it as UTF-8 throws, so it never reaches the portal.
    ];

    [Fact]
    public async Task PublicQueryParameters_HostileValues_NeverFailOrReflectMarkup()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var pages = (await PublicPagesAsync()).ToList();
        var parameters = PublicQueryParameters(pages);
        Assert.Contains("q", parameters);
        Assert.Contains("district", parameters);
        var problems = new StringBuilder();
        foreach (var page in pages)
        {
            var path = page.Split('?')[0];
            for (var i = 0; i < Strings.Count; i++)
            {
                // Every parameter at once; the 20,000 characters go into one parameter at a time per page.
                var names = i == 0 ? [parameters[pages.IndexOf(page) % parameters.Count]] : parameters;
                var query = string.Join('&', names.Select(n => $"{n}={Uri.EscapeDataString(Strings[i])}"));
                var response = await client.GetAsync($"{path}?{query}");
                await CheckAsync(response, $"GET {path} with string {i}", problems);
            }
        }
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Fact]
    public async Task StaffForms_HostileValues_NeverFailReflectOrStoreHiddenCharacters()
    {
        var client = await factory.SignedInClientAsync("admin@demo.example");
        var placeholders = await SweepRoutes.StaffPlaceholdersAsync(factory);
        var before = await HiddenCharacterCellsAsync();
        var problems = new StringBuilder();
        var seenActions = new HashSet<string>();
        var field = 0;
        foreach (var route in SweepRoutes.Staff)
        {
            var page = SweepRoutes.StaffPath(route, placeholders);
            var document = new HtmlParser().ParseDocument(await client.GetPageAsync(page));
            foreach (var form in document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)))
            {
                var action = form.GetAttribute("action") ?? page;
                if (action.EndsWith("/logout", StringComparison.Ordinal) || !seenActions.Add(action)) continue;
                var textFields = form.Elements.Where(IsTextLike).Select(e => e.GetAttribute("name")!).Distinct().ToList();
                var thorough = seenActions.Count <= 3;
                foreach (var name in textFields)
                {
                    var strings = thorough ? Strings : [Strings[field % Strings.Count], Strings[(field * 5 + 1) % Strings.Count]];
                    field++;
                    foreach (var hostile in strings)
                    {
                        var fields = new Forms(form).Set(name, hostile).Fields;
                        var response = await client.PostFormAsync(action, page, fields);
                        await CheckAsync(response, $"POST {action} field {name}", problems);
                        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && next.OriginalString.StartsWith('/'))
                            await CheckAsync(await client.GetAsync(next), $"GET {next} after POST {action} field {name}", problems);
                    }
                }
            }
        }
        Assert.True(field > 50, $"Only {field} staff form fields found; are the forms being read?");
        var stored = (await HiddenCharacterCellsAsync()).Except(before).ToList();
        foreach (var cell in stored) problems.AppendLine($"stored with hidden characters: {cell}");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    private static bool IsTextLike(IElement element) => element switch
    {
        IHtmlTextAreaElement { Name.Length: > 0 } => true,
        IHtmlInputElement { Name.Length: > 0, IsReadOnly: false } input => input.Type is "text" or "search" or "email" or "url" or "tel" or "password",
        _ => false,
    };

    private static async Task CheckAsync(HttpResponseMessage response, string what, StringBuilder problems)
    {
        if ((int)response.StatusCode >= 500) problems.AppendLine($"{what}: {(int)response.StatusCode}");
        if (response.Content.Headers.ContentType?.MediaType != "text/html") return;
        var html = await response.Content.ReadAsStringAsync();
        if (html.Contains("<script>alert(1)</script>", StringComparison.OrdinalIgnoreCase)) problems.AppendLine($"{what}: <script>alert(1)</script> reflected");
        var document = new HtmlParser().ParseDocument(html);
        if (document.QuerySelectorAll("[onerror]").Length > 0) problems.AppendLine($"{what}: an element with onerror");
        if (document.Scripts.Any(s => s.Text.Contains("alert(1)", StringComparison.Ordinal) && s.Type != "application/ld+json"))
            problems.AppendLine($"{what}: a script element with alert(1)");
    }

    private async Task<IEnumerable<string>> PublicPagesAsync()
    {
        var offer = await SweepRoutes.OfferPathAsync(factory);
        var ev = await SweepRoutes.EventPathAsync(factory);
        var story = await SweepRoutes.StoryPathAsync(factory);
        return SweepRoutes.Public.Select(r => "/de" + SweepRoutes.PublicPath(r, offer, ev, story)).Distinct();
    }

    /// <summary>The query names the sweep uses and every bindable name of the public actions that is not a route value.</summary>
    private List<string> PublicQueryParameters(IEnumerable<string> pages)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages.Where(p => p.Contains('?', StringComparison.Ordinal)))
            foreach (var pair in page.Split('?')[1].Split('&')) names.Add(pair.Split('=')[0]);
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Where(a => !a.RouteValues.TryGetValue("area", out var area) || string.IsNullOrEmpty(area));
        foreach (var action in actions)
        {
            var template = action.AttributeRouteInfo?.Template ?? "";
            foreach (var p in action.Parameters)
            {
                if (p.ParameterType == typeof(CancellationToken) || template.Contains("{" + p.Name, StringComparison.OrdinalIgnoreCase)) continue;
                if (p.BindingInfo?.BindingSource is { } source && source != BindingSource.Query && source != BindingSource.ModelBinding) continue;
                if (IsSimple(p.ParameterType)) names.Add(p.BindingInfo?.BinderModelName ?? p.Name);
                else foreach (var prop in p.ParameterType.GetProperties().Where(x => x.CanWrite && IsSimple(x.PropertyType))) names.Add(prop.Name);
            }
        }
        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static bool IsSimple(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { } t && (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(decimal));

    /// <summary>Every stored text with a control character (other than tab and line breaks) or a direction override.</summary>
    private Task<HashSet<string>> HiddenCharacterCellsAsync() =>
        factory.WithDbAsync(async db =>
        {
            var cells = new HashSet<string>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from sqlite_master, not from input.
                select.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (reader.IsDBNull(i) || reader.GetValue(i) is not string text) continue;
                        if (text.Any(c => (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || c is >= '\u202A' and <= '\u202E'))
                            cells.Add($"{table}.{reader.GetName(i)} = {text[..Math.Min(60, text.Length)]}");
                    }
                }
            }
            return cells;
        });
}
