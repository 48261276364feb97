using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MigoekPortal.Web.Domain.Events;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Web.Events;

/// <summary>
/// Events as an iCalendar (RFC 5545) document, written by Ical.Net: stable UIDs, DTSTAMP, times with
/// TZID=Europe/Berlin and its VTIMEZONE, SEQUENCE, STATUS:CANCELLED, folded lines, CRLF.
/// </summary>
public static class EventCalendar
{
    public static string Write(IEnumerable<Event> events, string culture, string baseUrl, string name)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", EventTimes.ZoneId);
        var list = events.ToList();
        // The time zone's rules (standard and daylight saving time) from the first event on, so every reader converts alike.
        var earliest = list.Count == 0 ? DateTime.Today : list.Min(e => e.Start).Date.AddDays(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(EventTimes.ZoneId, earliest, includeHistoricalData: false));
        foreach (var e in list)
        {
            var text = EventTexts.For(e, culture);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.Uid:D}@migoek-portal",
                DtStamp = new CalDateTime(DateTime.SpecifyKind(e.UpdatedAtUtc == default ? DateTime.UnixEpoch : e.UpdatedAtUtc, DateTimeKind.Utc)),
                Start = new CalDateTime(DateTime.SpecifyKind(e.Start, DateTimeKind.Unspecified), EventTimes.ZoneId),
                End = new CalDateTime(DateTime.SpecifyKind(e.End, DateTimeKind.Unspecified), EventTimes.ZoneId),
                Summary = text.Title,
                Description = Description(e, text, culture),
                Location = e.OnlineUrl is not null || e.City is null ? e.OnlineUrl ?? "Online" : string.Join(", ", new[] { e.VenueName, e.Street, $"{e.PostalCode} {e.City}".Trim() }.Where(x => !string.IsNullOrWhiteSpace(x))),
                Url = new Uri($"{baseUrl}/{culture}/events/{e.Id}"),
                Status = e.Status == Domain.Events.EventStatus.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
                Sequence = e.Sequence,
            });
        }
        // Ical.Net formats some numbers with the current culture (an Arabic minus sign in "BYDAY=-1SU" breaks readers).
        var formatting = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(calendar) ?? "";
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = formatting;
        }
    }

    private static string Description(Event e, EventTexts.Texts text, string culture)
    {
        var parts = new List<string>();
        if (text.StatusNote is not null) parts.Add(text.StatusNote);
        if (text.Description is not null) parts.Add(text.Description);
        if (e.Registration == RegistrationMode.Link && e.RegistrationUrl is not null) parts.Add(e.RegistrationUrl);
        if (e.Registration == RegistrationMode.Email && e.RegistrationEmail is not null) parts.Add(e.RegistrationEmail);
        _ = culture;
        return string.Join("\n\n", parts);
    }
}
