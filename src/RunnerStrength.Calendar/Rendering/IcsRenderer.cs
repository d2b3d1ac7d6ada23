using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace RunnerStrength.Calendar.Rendering;

/// <summary>
/// Writes planned sessions as RFC 5545 iCalendar (calendar.md section 4): one VEVENT per session with its
/// stable UID and SEQUENCE, DTSTART and DTEND in the athlete's zone with a complete VTIMEZONE (not
/// DURATION, which iCloud mishandles), CRLF and 75-octet folding by Ical.Net. The same entries and stamp
/// give the same bytes, so a feed's ETag only changes when the plan does.
/// </summary>
public static class IcsRenderer
{
    /// <summary>Renders <paramref name="entries"/>; <paramref name="stamp"/> is DTSTAMP, the time of the plan's last change.</summary>
    public static string Render(IEnumerable<CalendarEntry> entries, CalendarRenderOptions options, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = entries.OrderBy(e => e.Session.Date).ThenBy(e => e.Session.Uid, StringComparer.Ordinal).ToList();
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", options.Name);
        calendar.AddProperty("NAME", options.Name);
        calendar.AddProperty("X-WR-TIMEZONE", options.TimeZoneId);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", XmlConvert.ToString(options.RefreshInterval));
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", XmlConvert.ToString(options.RefreshInterval));
        return Serialize(calendar, ordered, options, stamp);
    }

    /// <summary>
    /// One session as a CalDAV calendar object resource (RFC 4791 section 4.1): one VEVENT and its
    /// VTIMEZONE, without the feed's calendar-level properties.
    /// </summary>
    public static string RenderEvent(CalendarEntry entry, CalendarRenderOptions options, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        return Serialize(new Ical.Net.Calendar(), [entry], options, stamp);
    }

    private static string Serialize(Ical.Net.Calendar calendar, List<CalendarEntry> ordered, CalendarRenderOptions options, DateTimeOffset stamp)
    {
        // The zone's rules from a year before the first session, so every event's local time resolves.
        var earliest = ordered.Count > 0 ? ordered[0].Session.Date.AddYears(-1).ToDateTime(TimeOnly.MinValue) : stamp.UtcDateTime.AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(options.TimeZoneId, earliest, includeHistoricalData: false));

        foreach (var entry in ordered)
        {
            calendar.Events.Add(Event(entry, options, stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(CalendarEntry entry, CalendarRenderOptions options, DateTimeOffset stamp)
    {
        var session = entry.Session;
        var start = session.Date.ToDateTime(session.StartLocal);
        var end = start + session.Prescription.Duration;
        var calendarEvent = new CalendarEvent
        {
            Uid = session.Uid,
            Sequence = entry.Sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            Start = Local(start, options.TimeZoneId),
            End = Local(end, options.TimeZoneId),
            Summary = SessionText.Summary(session),
            Description = SessionText.Description(session),
            Status = entry.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        calendarEvent.Categories.Add("Strength");
        calendarEvent.Categories.Add("RunnerStrength");
        if (options.Alarm is { } before && !entry.Cancelled)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = calendarEvent.Summary,
                Trigger = new Trigger(Duration.FromMinutes(-(int)before.TotalMinutes)),
            });
        }

        return calendarEvent;
    }

    private static CalDateTime Local(DateTime local, string zone) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone);

    /// <summary>The iCalendar media type, for HTTP answers and CalDAV PUTs.</summary>
    public static string MediaType => "text/calendar; charset=utf-8";
}
