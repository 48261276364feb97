using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MigoekPortal.Web.Dashboard;
using MigoekPortal.Web.Domain.Offers;

namespace MigoekPortal.Tests.Integration;

public sealed partial class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> DistrictIdAsync(string slug) => factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == slug).Select(d => d.Id).SingleAsync());

    /// <summary>The number in the dashboard's table row whose heading is <paramref name="label"/>, in one district's section.</summary>
    private static int Row(string html, int districtId, string label)
    {
        var section = html[html.IndexOf($"id=\"report-{districtId}\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var match = Regex.Match(section, $@"<th scope=""row"">(?:<a href=""[^""]*"">)?{Regex.Escape(label)}(?:</a>)?</th>\s*<td class=""number"">(\d+)</td>");
        Assert.True(match.Success, $"No row \"{label}\"");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Dashboard_CountsAndLinks_FollowChangesInTheDatabase()
    {
        var holzminden = await DistrictIdAsync("holzminden");
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var before = await client.GetPageAsync("/admin");
        var outdatedBefore = await factory.WithDbAsync(db => db.Offers.CountAsync(o => o.DistrictId == holzminden
            && o.Translations.Any(t => t.Culture == "ar" && t.SourceRevision < o.SourceRevision)));
        var expiredBefore = Row(before, holzminden, "Abgelaufene Einwilligungen");
        var draftsBefore = Row(before, holzminden, "Angebote im Entwurf");
        Assert.Equal(await factory.WithDbAsync(db => db.Offers.CountAsync(o => o.DistrictId == holzminden && o.Status == OfferStatus.Draft)), draftsBefore);

        // An edit of the German text raises the source revision: every translation becomes outdated.
        var offerId = await factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Where(o => o.DistrictId == holzminden && o.Translations.Any(t => t.Culture == "ar" && t.SourceRevision >= o.SourceRevision))
                .OrderBy(o => o.Id).FirstAsync();
            offer.SourceRevision++;
            offer.Status = OfferStatus.Draft;
            var story = await db.Stories.Where(s => s.DistrictId == holzminden).OrderBy(s => s.Id).FirstAsync();
            story.ConsentExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
            await db.SaveChangesAsync();
            return offer.Id;
        });

        var after = await client.GetPageAsync("/admin");
        Assert.Equal(expiredBefore + 1, Row(after, holzminden, "Abgelaufene Einwilligungen"));
        Assert.Equal(draftsBefore + 1, Row(after, holzminden, "Angebote im Entwurf"));
        var outdatedLink = $"/admin/offers?outdated=ar&amp;district={holzminden}";
        Assert.Contains($"<a href=\"{outdatedLink}\">{outdatedBefore + 1}</a>", after);
        // The link leads to the list with exactly those offers.
        var list = await client.GetPageAsync(System.Net.WebUtility.HtmlDecode(outdatedLink));
        Assert.Contains($"Gefundene Angebote: {outdatedBefore + 1}", list);
        Assert.Contains($"/admin/offers/{offerId}/edit\"", list);
        Assert.Contains($"Gefundene Angebote: {draftsBefore + 1}", await client.GetPageAsync($"/admin/offers?status=draft&district={holzminden}"));
    }

    [Fact]
    public async Task Dashboard_DistrictEditor_SeesOnlyOwnDistrictAndNoCentralContent()
    {
        var (holzminden, cloppenburg) = (await DistrictIdAsync("holzminden"), await DistrictIdAsync("cloppenburg"));
        var editor = await (await factory.SignedInClientAsync("holzminden@demo.example")).GetPageAsync("/admin");
        Assert.Contains($"id=\"report-{holzminden}\"", editor);
        Assert.DoesNotContain($"id=\"report-{cloppenburg}\"", editor);
        Assert.DoesNotContain("id=\"report-central\"", editor);
        Assert.DoesNotContain("district=central", editor);

        var admin = await (await factory.SignedInClientAsync("admin@demo.example")).GetPageAsync("/admin");
        Assert.Contains($"id=\"report-{holzminden}\"", admin);
        Assert.Contains($"id=\"report-{cloppenburg}\"", admin);
        Assert.Contains("id=\"report-central\"", admin);
    }

    [Fact]
    public async Task Dashboard_Charts_AreLabelledImagesWithoutInlineStyles_AndMirroredInArabic()
    {
        var client = await factory.SignedInClientAsync("holzminden@demo.example");
        var german = await client.GetPageAsync("/admin");
        Assert.Matches("<svg class=\"chart\"[^>]*role=\"img\" aria-labelledby=\"attention-\\d+-t attention-\\d+-d\" direction=\"ltr\"", german);
        Assert.Contains("<title id=\"attention-", german);
        Assert.Contains("<desc id=\"translations-", german);
        var charts = german[german.IndexOf("<svg", StringComparison.Ordinal)..german.LastIndexOf("</svg>", StringComparison.Ordinal)];
        Assert.DoesNotContain("style=", charts);
        Assert.DoesNotContain("<script", charts);
        Assert.Contains("<text class=\"chart-label\" x=\"0\"", german);

        await client.GetAsync("/admin/language?culture=ar&returnUrl=/admin");
        var arabic = await client.GetPageAsync("/admin");
        Assert.Contains("direction=\"rtl\"", arabic);
        // Labels and bars start at the right edge (x = 320) in Arabic.
        Assert.DoesNotContain("<text class=\"chart-label\" x=\"0\"", arabic);
        Assert.Contains("<text class=\"chart-label\" x=\"320\"", arabic);
        Assert.Matches("<rect class=\"bar-ok\" x=\"[\\d.]+\" y=\"19\" width=\"[\\d.]+\"", arabic);
    }
}
