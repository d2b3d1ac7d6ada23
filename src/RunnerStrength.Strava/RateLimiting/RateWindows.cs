namespace RunnerStrength.Strava.RateLimiting;

/// <summary>
/// Strava's two rate-limit windows: a short one on the clock (quarter hours) and a long one (the UTC
/// day). Both are aligned to the Unix epoch, as Strava's are; a test double compresses them.
/// </summary>
/// <param name="ShortWindow">Default 15 minutes.</param>
/// <param name="LongWindow">Default one day.</param>
public sealed record RateWindows(TimeSpan ShortWindow, TimeSpan LongWindow)
{
    public static RateWindows Strava { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromDays(1));

    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan window)
    {
        var ticks = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return DateTimeOffset.UnixEpoch.AddTicks(ticks - (ticks % window.Ticks));
    }
}
