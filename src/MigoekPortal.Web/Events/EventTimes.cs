namespace MigoekPortal.Web.Events;

/// <summary>Events happen in Germany: their times are wall-clock times in Europe/Berlin.</summary>
public static class EventTimes
{
    public const string ZoneId = "Europe/Berlin";

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The instant of a wall-clock time; a time skipped by the spring change counts as one hour later.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Berlin.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Berlin);
    }

    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Berlin).DateTime;
}
