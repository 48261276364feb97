using System.Text;
using System.Text.RegularExpressions;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Browser;

/// <summary>Pages that advisors print.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(LiveServer server)
{
    [BrowserFact]
    public async Task AdvisorsChecklist_PrintsOnOneA4Page_InEveryLanguage()
    {
        var pages = new StringBuilder();
        foreach (var culture in Cultures.All)
        {
            var page = await server.NewPhonePageAsync();
            await page.GotoAsync($"/{culture}/training/checklist");
            var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
            var count = PageObject().Count(pdf);
            if (count != 1) pages.Append($"{culture}: {count} pages; ");
            await page.Context.CloseAsync();
        }
        Assert.True(pages.Length == 0, pages.ToString());
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
