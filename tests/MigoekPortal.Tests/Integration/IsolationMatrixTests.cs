using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MigoekPortal.Tests.Integration.IsolationMatrix;

namespace MigoekPortal.Tests.Integration;

/// <summary>
/// The complete district isolation check: every admin action the portal has, found from its action descriptors,
/// is either declared in <see cref="IsolationMatrix"/> or fails this test. Entity-bound actions are tried by the
/// Holzminden editor on things of other districts, by GET and by POST with a valid antiforgery token:
/// 403 or 404, and not one byte of the database or the media folder changes.
/// </summary>
public sealed partial class IsolationMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "holzminden@demo.example";

    private IReadOnlyList<(string Method, string Template)> AdminActions()
    {
        _ = factory.CreateClient();
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .Where(a => a.RouteValues.TryGetValue("area", out var area) && area == "Admin");
        var found = new List<(string, string)>();
        foreach (var action in actions)
        {
            var template = action.AttributeRouteInfo?.Template?.TrimStart('/')
                ?? throw new Xunit.Sdk.XunitException($"{action.DisplayName} has no attribute route; admin actions need one.");
            var methods = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() ?? [];
            if (methods.Count == 0) methods = ["GET", "POST"];
            found.AddRange(methods.Select(m => (m, template)));
        }
        return [.. found.Distinct().OrderBy(a => a.Item2, StringComparer.Ordinal).ThenBy(a => a.Item1, StringComparer.Ordinal)];
    }

    [Fact]
    public void EveryAdminAction_IsDeclaredInTheMatrix()
    {
        var missing = AdminActions().Select(a => $"{a.Method} {a.Template}").Where(key => !Routes.ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0,
            "Admin actions not in IsolationMatrix.Routes (tests/MigoekPortal.Tests/Integration/IsolationMatrix.cs); add each with Entity(Owner.X), NotDistrictBound(\"why\") or PortalAdminOnly(\"why\"):"
            + Environment.NewLine + string.Join(Environment.NewLine, missing.Select(k => $"    [\"{k}\"] = ...,")));
        var stale = Routes.Keys.Except(AdminActions().Select(a => $"{a.Method} {a.Template}")).ToList();
        Assert.True(stale.Count == 0, "IsolationMatrix.Routes declares routes the portal no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryEntityBoundAdminAction_OtherDistrict_IsRefusedAndChangesNothing()
    {
        var editor = await factory.SignedInClientAsync(Editor);
        var admin = await factory.SignedInClientAsync("admin@demo.example");
        var ids = await ForeignIdsAsync();
        var before = await FingerprintAsync();
        var problems = new StringBuilder();
        var tried = 0;

        foreach (var (method, template) in AdminActions())
        {
            var rule = Routes.GetValueOrDefault($"{method} {template}");
            if (rule is null || (rule.EntityOfAnotherDistrict is null && !rule.PortalAdminOnly)) continue;
            var path = "/" + Fill(template, rule.EntityOfAnotherDistrict, ids);
            var allowed = rule.PortalAdminOnly ? [HttpStatusCode.Forbidden] : new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound };
            HttpResponseMessage response;
            if (method == "GET")
            {
                response = await editor.GetAsync(path);
            }
            else
            {
                // The form a PortalAdmin sees for the same address, so the post is valid in everything but ownership.
                var fields = await FormFieldsAsync(admin, path);
                response = await editor.PostFormAsync(path, "/admin/offers", fields);
            }
            tried++;
            if (!allowed.Contains(response.StatusCode))
                problems.AppendLine($"{method} {path} ({template}): {(int)response.StatusCode}, expected {string.Join(" or ", allowed.Select(s => (int)s))}");
        }

        Assert.True(tried > 30, $"Only {tried} entity-bound actions tried; is the matrix being read?");
        Assert.True(problems.Length == 0, "A DistrictEditor of Holzminden got through:" + Environment.NewLine + problems);
        Assert.Equal(before, await FingerprintAsync());
    }

    private static string Fill(string template, Owner? owner, IReadOnlyDictionary<Owner, (int Id, int DistrictId)> ids) =>
        RouteParameter().Replace(template, m => m.Groups[1].Value switch
        {
            // PortalAdmin-only routes (user accounts) are refused before any id is looked at.
            "id" => owner is null ? "0" : ids[owner.Value].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "districtId" => ids[owner ?? Owner.District].DistrictId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "sectionId" => ids[Owner.BrochureSection].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "culture" => "ar",
            "entityType" => owner!.Value.ToString(),
            "extension" => "json",
            var name => throw new Xunit.Sdk.XunitException($"{template}: IsolationMatrixTests.Fill does not know the route parameter {{{name}}}; add it."),
        });

    private static async Task<IEnumerable<KeyValuePair<string, string>>> FormFieldsAsync(HttpClient admin, string path)
    {
        foreach (var page in new[] { path, path[..path.LastIndexOf('/')] + "/edit", path[..path.LastIndexOf('/')] })
        {
            var response = await admin.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            try
            {
                return Forms.Parse(html, path).Fields;
            }
            catch (InvalidOperationException)
            {
                // No form posting to this address on that page; try the next.
            }
        }
        return [];
    }

    /// <summary>A seeded thing of each kind that belongs to Werra-Meißner or Cloppenburg, never to Holzminden.</summary>
    private Task<IReadOnlyDictionary<Owner, (int Id, int DistrictId)>> ForeignIdsAsync() =>
        factory.WithDbAsync<IReadOnlyDictionary<Owner, (int Id, int DistrictId)>>(async db =>
        {
            var holzminden = await db.Districts.Where(d => d.Slug == "holzminden").Select(d => d.Id).SingleAsync();
            var other = await db.Districts.Where(d => d.Slug == "werra-meissner").Select(d => d.Id).SingleAsync();
            var offer = await db.Offers.Where(o => o.DistrictId != null && o.DistrictId != holzminden).OrderBy(o => o.Id).Select(o => new { o.Id, o.DistrictId }).FirstAsync();
            var ev = await db.Events.Where(e => e.DistrictId != null && e.DistrictId != holzminden).OrderBy(e => e.Id).Select(e => new { e.Id, e.DistrictId }).FirstAsync();
            var story = await db.Stories.Where(s => s.DistrictId != null && s.DistrictId != holzminden).OrderBy(s => s.Id).Select(s => new { s.Id, s.DistrictId }).FirstAsync();
            var organization = await db.Organizations.Where(o => o.DistrictId != null && o.DistrictId != holzminden).OrderBy(o => o.Id).Select(o => new { o.Id, o.DistrictId }).FirstAsync();
            var section = await db.BrochureSections.Join(db.Brochures, s => s.BrochureId, b => b.Id, (s, b) => new { s.Id, b.DistrictId })
                .Where(x => x.DistrictId != holzminden).OrderBy(x => x.Id).FirstAsync();
            return new Dictionary<Owner, (int, int)>
            {
                [Owner.District] = (other, other),
                [Owner.Offer] = (offer.Id, offer.DistrictId!.Value),
                [Owner.Event] = (ev.Id, ev.DistrictId!.Value),
                [Owner.Story] = (story.Id, story.DistrictId!.Value),
                [Owner.Organization] = (organization.Id, organization.DistrictId!.Value),
                [Owner.BrochureSection] = (section.Id, section.DistrictId),
            };
        });

    /// <summary>Every row of every content table (accounts aside: signing in touches them) and the media folder listing.</summary>
    private Task<string> FingerprintAsync() =>
        factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'AspNet%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }
            var text = new StringBuilder();
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from sqlite_master, not from input.
                select.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
                var rows = new List<string>();
                await using (var reader = await select.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                        rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
                }
                rows.Sort(StringComparer.Ordinal);
                text.Append(table).Append(' ').Append(rows.Count).Append(' ').AppendLine(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)))));
            }
            if (Directory.Exists(factory.MediaRoot))
            {
                foreach (var file in Directory.EnumerateFiles(factory.MediaRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    text.Append(Path.GetRelativePath(factory.MediaRoot, file)).Append(' ').Append(new FileInfo(file).Length).AppendLine();
            }
            return text.ToString();
        });

    [GeneratedRegex(@"\{(\w+)(?::[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}")]
    private static partial Regex RouteParameter();
}
