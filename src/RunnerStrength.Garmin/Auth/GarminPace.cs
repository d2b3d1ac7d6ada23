namespace RunnerStrength.Garmin.Auth;

/// <summary>The instant before which nothing is sent to Garmin, set by a 429's <c>Retry-After</c>.</summary>
public sealed class GarminPace(TimeProvider time)
{
    private long _notBeforeTicks;

    public DateTimeOffset? ClosedUntil
    {
        get
        {
            var until = new DateTimeOffset(Interlocked.Read(ref _notBeforeTicks), TimeSpan.Zero);
            return until > time.GetUtcNow() ? until : null;
        }
    }

    public void Close(DateTimeOffset until)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _notBeforeTicks);
            if (until.UtcTicks <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _notBeforeTicks, until.UtcTicks, seen) != seen);
    }
}
