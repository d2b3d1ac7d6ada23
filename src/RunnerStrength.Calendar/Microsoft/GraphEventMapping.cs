using System.Globalization;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>A session as a Graph event and back: times in UTC, our UID and revision in single-value extended properties.</summary>
internal static class GraphEventMapping
{
    // Our own property set (a GUID of ours): Outlook keeps the values with the event and never shows them.
    public const string UidProperty = "String {3f5d8f0e-6c1b-4d3a-9a57-2b8c1e0f7a41} Name RunnerStrengthUid";
    public const string SequenceProperty = "String {3f5d8f0e-6c1b-4d3a-9a57-2b8c1e0f7a41} Name RunnerStrengthSequence";

    /// <summary>The <c>$expand</c> that brings our two properties back with an event.</summary>
    public const string Expand = $"singleValueExtendedProperties($filter=id eq '{UidProperty}' or id eq '{SequenceProperty}')";

    private const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    public static string FilterFor(string uid) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{UidProperty}' and ep/value eq '{uid.Replace("'", "''", StringComparison.Ordinal)}')";

    public static GraphEvent ToEvent(EventDraft draft)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(draft.TimeZoneId);
        var session = draft.Entry.Session;
        return new GraphEvent
        {
            Subject = SessionText.Summary(session),
            Body = new GraphBody { Content = SessionText.Description(session) },
            Start = Utc(draft.LocalStart, zone),
            End = Utc(draft.LocalEnd, zone),
            IsReminderOn = true,
            ReminderMinutesBeforeStart = 30,
            Categories = ["RunnerStrength"],
            ExtendedProperties =
            [
                new GraphExtendedProperty { Id = UidProperty, Value = draft.Uid },
                new GraphExtendedProperty { Id = SequenceProperty, Value = draft.Entry.Sequence.ToString(CultureInfo.InvariantCulture) },
            ],
        };
    }

    /// <summary>Our event as Graph holds it; null for the athlete's own events and cancelled ones.</summary>
    public static RemoteEvent? Read(GraphEvent e, TimeZoneInfo zone)
    {
        var uid = Property(e, UidProperty);
        if (e.Id is null || e.IsCancelled == true || !OurEvents.Carries(uid) || e.Start?.DateTime is not { } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            return null;
        }

        var source = e.Start.TimeZone is null or "UTC" or "Etc/UTC" ? TimeZoneInfo.Utc : FindZone(e.Start.TimeZone) ?? TimeZoneInfo.Utc;
        var instant = new DateTimeOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), source.GetUtcOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified)));
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
        var sequence = int.TryParse(Property(e, SequenceProperty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
        return new RemoteEvent(e.Id, e.ETag, uid!, local, sequence);
    }

    private static string? Property(GraphEvent e, string id) =>
        e.ExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Value;

    private static GraphDateTime Utc(DateTime local, TimeZoneInfo zone)
    {
        var instant = LocalTime.Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
        return new GraphDateTime { DateTime = instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture), TimeZone = "UTC" };
    }

    // Graph names Windows zones ("W. Europe Standard Time") when the athlete's Prefer header or client asked for them.
    private static TimeZoneInfo? FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
