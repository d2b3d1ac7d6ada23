using Ical.Net.CalendarComponents;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>What the publisher needs to know of an event as the server holds it: which session, when, which version.</summary>
/// <param name="Uid">The event's UID.</param>
/// <param name="LocalStart">DTSTART in the athlete's zone, however the client that last saved it wrote it (TZID, UTC).</param>
/// <param name="Sequence">SEQUENCE as stored.</param>
public sealed record ServerEvent(string Uid, DateTime LocalStart, int Sequence)
{
    /// <summary>Reads the first VEVENT of <paramref name="ics"/>; null when there is none or it has no start.</summary>
    public static ServerEvent? Read(string ics, TimeZoneInfo athleteZone)
    {
        ArgumentNullException.ThrowIfNull(athleteZone);
        var calendar = Ical.Net.Calendar.Load(ics);
        if (calendar?.Events.FirstOrDefault() is not CalendarEvent first || first.DtStart is not { } start)
        {
            return null;
        }

        var local = start.IsFloating ? start.Value : TimeZoneInfo.ConvertTime(start.AsUtc, athleteZone);
        return new ServerEvent(first.Uid ?? "", DateTime.SpecifyKind(local, DateTimeKind.Unspecified), first.Sequence);
    }
}
