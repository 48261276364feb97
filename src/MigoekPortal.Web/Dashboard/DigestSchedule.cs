using System.Globalization;

namespace MigoekPortal.Web.Dashboard;

/// <summary>Dates and weeks in Europe/Berlin, where the district offices are.</summary>
public static class DigestSchedule
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime BerlinTime(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, Berlin).DateTime;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(BerlinTime(now));

    /// <summary>The ISO 8601 week of a Berlin date, e.g. "2026-W48".</summary>
    public static string Week(DateTimeOffset now)
    {
        var local = BerlinTime(now);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>Whether this ISO week's sending time (a weekday and hour in Berlin) has come.</summary>
    public static bool IsDue(DateTimeOffset now, DayOfWeek day, int hour)
    {
        var local = BerlinTime(now);
        var monday = ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday);
        var due = monday.AddDays(((int)day + 6) % 7).AddHours(hour);
        return local >= due;
    }
}
