using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Domain.Brochures;
using MigoekPortal.Web.Domain.Offers;
using MigoekPortal.Web.Localization;
using MigoekPortal.Web.Models;
using MigoekPortal.Web.Offers;

namespace MigoekPortal.Web.Brochures;

/// <summary>
/// Turns an edition's Markdown into sections for one culture. A line that is only <c>{{contact:id}}</c>,
/// <c>{{offer:id}}</c> or <c>{{office}}</c> becomes a block with the current data, so a changed address
/// is right in every language and every brochure at once.
/// </summary>
public sealed partial class BrochureRenderer(PortalDbContext db)
{
    public async Task<IReadOnlyList<RenderedSection>> RenderAsync(District district, EditionContent content, string culture, bool bilingual, CancellationToken ct)
    {
        var bodies = content.Sections.SelectMany(s => s.Texts.Values).Select(t => t.Body).ToList();
        var references = bodies.SelectMany(b => References(b)).ToList();
        var contactIds = references.Where(r => r.Kind == "contact").Select(r => r.Id).Distinct().ToList();
        var offerIds = references.Where(r => r.Kind == "offer").Select(r => r.Id).Distinct().ToList();
        var contacts = await db.Organizations.AsNoTracking().Where(o => contactIds.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        var offers = await db.Offers.AsNoTracking().Include(o => o.Provider).Include(o => o.Translations)
            .Where(o => offerIds.Contains(o.ExternalId) && o.Status == OfferStatus.Published).ToDictionaryAsync(o => o.ExternalId, ct);

        RenderedSection Render(EditionSection section, string c)
        {
            var text = section.Texts.TryGetValue(c, out var t) && t.Current ? t : section.Texts[Cultures.Default];
            var lang = ReferenceEquals(text, section.Texts[Cultures.Default]) ? Cultures.Default : c;
            return new RenderedSection(section.Key, text.Title, lang, lang != c, Blocks(text.Body, c));
        }

        IReadOnlyList<BrochureBlock> Blocks(string body, string c)
        {
            var blocks = new List<BrochureBlock>();
            var markdown = new StringBuilder();
            void Flush()
            {
                if (!string.IsNullOrWhiteSpace(markdown.ToString())) blocks.Add(new MarkdownBlock(SafeMarkdown.ToHtml(markdown.ToString())));
                markdown.Clear();
            }
            foreach (var line in body.ReplaceLineEndings("\n").Split('\n'))
            {
                var match = ReferenceLine().Match(line);
                if (!match.Success)
                {
                    markdown.Append(line).Append('\n');
                    continue;
                }
                Flush();
                BrochureBlock? block = match.Groups["kind"].Value switch
                {
                    "office" => new ContactBlock(Office(district)),
                    "contact" when contacts.TryGetValue(match.Groups["id"].Value, out var o) => new ContactBlock(Contact(o)),
                    "offer" when offers.TryGetValue(match.Groups["id"].Value, out var offer) => new OfferBlock(Card(offer, c)),
                    _ => null, // a reference to something gone: the section editor warns staff; the public sees nothing broken
                };
                if (block is not null) blocks.Add(block);
            }
            Flush();
            return blocks;
        }

        return [.. content.Sections.Select(s => Render(s, culture) is var r && bilingual && culture != Cultures.Default
            ? r with { German = Render(s, Cultures.Default) } : r)];
    }

    /// <summary>The references in a body, e.g. ("contact", "ihk-hannover"); used to warn about unknown ones.</summary>
    public static IEnumerable<(string Kind, string Id)> References(string body) =>
        body.ReplaceLineEndings("\n").Split('\n').Select(l => ReferenceLine().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["kind"].Value, m.Groups["id"].Value));

    private static ContactCard Office(District d) =>
        new(d.Office.Name ?? d.Name, d.Office.Street, d.Office.PostalCode, d.Office.City, d.Office.Phone, d.Office.Email, d.Office.Website, null);

    private static ContactCard Contact(Organization o) =>
        new(o.Name, o.Street, o.PostalCode, o.City, o.Phone, o.Email, o.Website, o.OpeningHours);

    private static OfferCard Card(Offer o, string culture)
    {
        var german = o.Translations.First(t => t.Culture == Cultures.Default);
        var t = o.Translations.FirstOrDefault(t => t.Culture == culture && t.SourceRevision >= o.SourceRevision) ?? german;
        return new OfferCard(o.Id, Slugs.From(german.Title), t.Title, t.Summary, t.Culture, o.Provider?.Name ?? "");
    }

    [GeneratedRegex(@"^\s*\{\{(?:(?<kind>office)|(?<kind>contact|offer):(?<id>[a-z0-9-]+))\}\}\s*$")]
    private static partial Regex ReferenceLine();
}
