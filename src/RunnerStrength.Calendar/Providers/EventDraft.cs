using RunnerStrength.Calendar.Rendering;

namespace RunnerStrength.Calendar.Providers;

/// <summary>A session as it should appear: the entry, the athlete's zone and the time of the change (DTSTAMP).</summary>
public sealed record EventDraft(CalendarEntry Entry, string TimeZoneId, DateTimeOffset Stamp)
{
    public string Uid => Entry.Session.Uid;

    public DateTime LocalStart => Entry.Session.Date.ToDateTime(Entry.Session.StartLocal);

    public DateTime LocalEnd => LocalStart + Entry.Session.Prescription.Duration;
}
