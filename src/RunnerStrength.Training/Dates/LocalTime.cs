namespace RunnerStrength.Training.Dates;

/// <summary>The athlete's wall-clock time as an instant, with daylight-saving changes decided once, here.</summary>
public static class LocalTime
{
    /// <summary>
    /// <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>. A time skipped by a
    /// spring-forward jump is read with the offset before the jump (02:30 becomes 03:30), as a clock set
    /// the evening before would ring; a time that happens twice in autumn is its first occurrence.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time);
        if (zone.IsInvalidTime(local))
        {
            // No real zone has two transitions within three hours: the offset then is the one before the gap.
            return new DateTimeOffset(local, zone.GetUtcOffset(local.AddHours(-3)));
        }

        return new DateTimeOffset(local, zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local));
    }

    /// <summary>When the local day <paramref name="date"/> starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) => Instant(date, TimeOnly.MinValue, zone);

    /// <summary>The local day an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
