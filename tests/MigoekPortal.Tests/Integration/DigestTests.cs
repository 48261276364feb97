using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MigoekPortal.Web.Dashboard;
using MigoekPortal.Web.Domain.Offers;
using MimeKit;

namespace MigoekPortal.Tests.Integration;

/// <summary>A portal whose mail lands as .eml files in a temporary folder, with a public address for links.</summary>
public sealed class DigestPortalFactory : PortalFactory
{
    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"migoek-test-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:PickupFolder", PickupFolder);
        builder.UseSetting("Portal:BaseUrl", "https://portal.example/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(PickupFolder)) Directory.Delete(PickupFolder, recursive: true);
    }
}

public sealed class DigestTests(DigestPortalFactory factory) : IClassFixture<DigestPortalFactory>
{
    // Monday 30 November 2026; Berlin is UTC+1 in winter, so 06:30 UTC is 07:30 there.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 6, 30, 0, TimeSpan.Zero);

    private WeeklyDigest Digest => factory.Services.GetServices<IHostedService>().OfType<WeeklyDigest>().Single();

    private List<MimeMessage> Mails() => !Directory.Exists(factory.PickupFolder) ? []
        : [.. Directory.GetFiles(factory.PickupFolder, "*.eml").Select(f => MimeMessage.Load(f))];

    [Fact]
    public async Task Digest_SendsOneMailPerDistrictStaffMember_OncePerIsoWeek()
    {
        var holzminden = await factory.WithDbAsync(db => db.Districts.Where(d => d.Slug == "holzminden").Select(d => d.Id).SingleAsync());
        var drafts = await factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Where(o => o.DistrictId == holzminden).OrderBy(o => o.Id).FirstAsync();
            offer.Status = OfferStatus.Draft;
            await db.SaveChangesAsync();
            return await db.Offers.CountAsync(o => o.DistrictId == holzminden && o.Status == OfferStatus.Draft);
        });

        // Before 07:00 in Berlin on Monday nothing goes out.
        Assert.Equal(0, await Digest.RunAsync(MondayMorning.AddHours(-1)));
        Assert.Empty(Mails());

        Assert.Equal(3, await Digest.RunAsync(MondayMorning));
        var mails = Mails();
        Assert.Equal(["cloppenburg@demo.example", "holzminden@demo.example", "werra-meissner@demo.example"],
            mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var mail = mails.Single(m => m.To.Mailboxes.Single().Address == "holzminden@demo.example");
        Assert.StartsWith("Wochenübersicht Landkreis Holzminden:", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"- Angebote im Entwurf: {drafts}  https://portal.example/admin/offers?status=draft&district={holzminden}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://portal.example/admin#report-{holzminden}", mail.TextBody, StringComparison.Ordinal);
        var report = (await factory.WithDbAsync(db => new AttentionQuery(db).ForAsync([holzminden], false, new DateOnly(2026, 11, 30)))).Single();
        Assert.Contains($": {report.Total} offene Punkte", mail.Subject, StringComparison.Ordinal);

        // Later the same week (a restart, say): nothing again. The next week: again one per person.
        Assert.Equal(0, await Digest.RunAsync(MondayMorning.AddDays(3)));
        Assert.Equal(3, Mails().Count);
        Assert.Equal(3, await factory.WithDbAsync(db => db.DigestLogs.CountAsync(l => l.Week == "2026-W49")));
        Assert.Equal(3, await Digest.RunAsync(MondayMorning.AddDays(7)));
        Assert.Equal(6, Mails().Count);
    }
}
