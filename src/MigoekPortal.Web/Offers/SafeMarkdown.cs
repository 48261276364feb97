using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MigoekPortal.Web.Offers;

/// <summary>
/// Markdown from staff and imports, rendered safely: raw HTML is escaped, and links or images whose
/// address is not http(s), mailto or tel lose their address.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "";
            if (link.IsImage) link.Url = ""; // no images from other hosts
        }
        // The page has h1 and h2 already: the text's top heading level becomes h3, whether the author wrote # or ##.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        foreach (var heading in headings) heading.Level = Math.Clamp(heading.Level - top + 3, 3, 6);
        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
}
