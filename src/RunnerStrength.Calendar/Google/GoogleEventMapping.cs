using System.Globalization;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Calendar.Google;

/// <summary>A session as a Google event and back: the start in the athlete's zone, our UID and revision in private extended properties.</summary>
internal static class GoogleEventMapping
{
    public const string UidProperty = "runnerstrengthUid";
    public const string SequenceProperty = "runnerstrengthSequence";

    public static GoogleEvent ToEvent(EventDraft draft)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(draft.TimeZoneId);
        var session = draft.Entry.Session;
        return new GoogleEvent
        {
            Status = "confirmed",
            Summary = SessionText.Summary(session),
            Description = SessionText.Description(session),
            Start = Time(draft.LocalStart, zone, draft.TimeZoneId),
            End = Time(draft.LocalEnd, zone, draft.TimeZoneId),
            ExtendedProperties = new GoogleExtendedProperties
            {
                Private = new Dictionary<string, string>
                {
                    [UidProperty] = draft.Uid,
                    [SequenceProperty] = draft.Entry.Sequence.ToString(CultureInfo.InvariantCulture),
                },
            },
            Reminders = new GoogleReminders { UseDefault = false, Overrides = [new GoogleReminder { Minutes = 30 }] },
        };
    }

    /// <summary>Our event as Google holds it; null for the athlete's own events and for cancelled (deleted) ones.</summary>
    public static RemoteEvent? Read(GoogleEvent e, TimeZoneInfo zone)
    {
        var uid = e.ExtendedProperties?.Private?.GetValueOrDefault(UidProperty) ?? e.ICalUid;
        if (e.Id is null || e.Status == "cancelled" || !OurEvents.Carries(uid) || e.Start is not { } start)
        {
            return null;
        }

        DateTime local;
        if (start.DateTime is { } instant)
        {
            local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
        }
        else if (DateOnly.TryParseExact(start.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            local = day.ToDateTime(TimeOnly.MinValue); // the athlete made it an all-day event
        }
        else
        {
            return null;
        }

        var sequence = int.TryParse(e.ExtendedProperties?.Private?.GetValueOrDefault(SequenceProperty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
        return new RemoteEvent(e.Id, e.ETag, uid!, local, sequence);
    }

    private static GoogleEventTime Time(DateTime local, TimeZoneInfo zone, string zoneId)
    {
        var instant = LocalTime.Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
        return new GoogleEventTime { DateTime = TimeZoneInfo.ConvertTime(instant, zone), TimeZone = zoneId };
    }
}
