using MigoekPortal.Web.Dashboard;

namespace MigoekPortal.Tests.Unit;

public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("2026-11-30T05:59:00Z", false)] // Monday 06:59 in Berlin
    [InlineData("2026-11-30T06:00:00Z", true)] // Monday 07:00
    [InlineData("2026-12-06T22:00:00Z", true)] // Sunday 23:00: still the same ISO week
    [InlineData("2026-06-29T04:59:00Z", false)] // Monday 06:59 in summer time
    [InlineData("2026-06-29T05:00:00Z", true)]
    public void IsDue_MondaySevenInBerlin(string utc, bool due) =>
        Assert.Equal(due, DigestSchedule.IsDue(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday, 7));

    [Fact]
    public void Week_FollowsBerlinAndIsoYears()
    {
        Assert.Equal("2026-W53", DigestSchedule.Week(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero)));
        // Sunday 23:30 UTC is already Monday in Berlin.
        Assert.Equal("2026-W49", DigestSchedule.Week(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero)));
    }
}
