using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Data;
using MigoekPortal.Web.Domain;
using MigoekPortal.Web.Infrastructure.Mail;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Dashboard;

/// <summary>
/// Once per ISO week, from <see cref="DigestOptions.DayOfWeek"/> at <see cref="DigestOptions.Hour"/> (Berlin), mails each
/// district's staff (the users with a membership in it) the dashboard's numbers for that district. <see cref="DigestLog"/>
/// records each district's week, so a restart or a second instance's late check sends nothing twice.
/// </summary>
public sealed partial class WeeklyDigest(IServiceScopeFactory scopes, IMailSender mail, TimeProvider clock, IConfiguration configuration,
    IOptions<DigestOptions> options, IStringLocalizer<SharedResource> s, ILogger<WeeklyDigest> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        try
        {
            using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
            do
            {
                try
                {
                    await RunAsync(clock.GetUtcNow(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A mail server that is down today may be back at the next check; the job keeps running.
                    Failed(log, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends this week's digest to every district not yet sent to, if the sending time has come; returns the number of mails.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        if (!DigestSchedule.IsDue(now, options.Value.DayOfWeek, options.Value.Hour)) return 0;
        var week = DigestSchedule.Week(now);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var recipients = await (from m in db.DistrictMemberships
                                join u in db.Users on m.UserId equals u.Id
                                where u.Email != null && !db.Set<DigestLog>().Any(l => l.DistrictId == m.DistrictId && l.Week == week)
                                select new { m.DistrictId, u.Email }).ToListAsync(ct);
        if (recipients.Count == 0) return 0;
        var reports = await scope.ServiceProvider.GetRequiredService<AttentionQuery>()
            .ForAsync([.. recipients.Select(r => r.DistrictId).Distinct()], central: false, DigestSchedule.Today(now), ct);
        var sent = 0;
        foreach (var report in reports)
        {
            var (subject, text) = Compose(report);
            var addresses = recipients.Where(r => r.DistrictId == report.DistrictId).Select(r => r.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var address in addresses) await mail.SendAsync(address, subject, text, ct: ct);
            db.Add(new DigestLog { DistrictId = report.DistrictId!.Value, Week = week, SentAtUtc = now.UtcDateTime, Recipients = addresses.Count });
            await db.SaveChangesAsync(ct);
            sent += addresses.Count;
            Sent(log, report.Name, week, addresses.Count);
        }
        return sent;
    }

    /// <summary>The German plain-text mail: the same lines as the dashboard, with links when the portal's address is known.</summary>
    private (string Subject, string Text) Compose(AttentionReport report)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Cultures.Create(Cultures.Default);
        try
        {
            var baseUrl = configuration["Portal:BaseUrl"]?.TrimEnd('/');
            string Link(string path) => baseUrl is null ? "" : $"  {baseUrl}{path}";
            var text = new StringBuilder();
            text.AppendLine(s["Digest.Intro", report.Name]).AppendLine();
            foreach (var item in AttentionItem.Of(report).Where(i => i.Count > 0))
            {
                text.Append(CultureInfo.CurrentCulture, $"- {s[item.Key]}: {item.Count}").AppendLine(item.Path is null ? "" : Link(item.Path));
            }
            if (report.Total == 0) text.AppendLine(s["Dashboard.NothingToDo"]);
            var languages = report.Translations.Where(t => t.Missing + t.Outdated > 0).ToList();
            if (languages.Count > 0)
            {
                text.AppendLine().AppendLine(s["Dashboard.Translations"]);
                foreach (var t in languages)
                {
                    text.AppendLine(CultureInfo.CurrentCulture, $"- {CultureInfo.GetCultureInfo(t.Culture).DisplayName}: {s["Dashboard.Outdated"]} {t.Outdated}, {s["Dashboard.Missing"]} {t.Missing}");
                }
            }
            if (baseUrl is not null) text.AppendLine().AppendLine(s["Digest.Dashboard", $"{baseUrl}/admin#report-{report.DistrictId}"]);
            text.AppendLine().AppendLine("-- ").AppendLine(s["Digest.Footer"]);
            return (s["Digest.Subject", report.Name, report.Total], text.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest for {District} ({Week}) sent to {Count} staff members")]
    private static partial void Sent(ILogger logger, string district, string week, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the weekly digest failed; the next check tries again")]
    private static partial void Failed(ILogger logger, Exception exception);
}
