namespace RunnerStrength.Training.Activities;

/// <summary>
/// When two recordings are one activity: the same run uploaded to Strava, pulled from Garmin and dropped as a
/// FIT file arrives with three ids. Same sport, starts within <see cref="StartTolerance"/>, elapsed times
/// within <see cref="DurationTolerance"/> of the longer (devices and services trim pauses differently).
/// </summary>
public static class SameActivity
{
    public static TimeSpan StartTolerance { get; } = TimeSpan.FromMinutes(2);

    public const double DurationTolerance = 0.10;

    public static bool Matches(Activity a, Activity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Elapsed.TotalSeconds, b.Elapsed.TotalSeconds);
        return a.Sport == b.Sport
            && (a.Start - b.Start).Duration() <= StartTolerance
            && Math.Abs(a.Elapsed.TotalSeconds - b.Elapsed.TotalSeconds) <= DurationTolerance * longer;
    }
}
