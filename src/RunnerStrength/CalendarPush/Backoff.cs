namespace RunnerStrength.CalendarPush;

/// <summary>How long a change waits after failed attempts: doubling from a minute to at most six hours, with jitter.</summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <param name="attempts">Failed attempts so far, at least one.</param>
    /// <param name="jitter">A number in [0, 1), from the injected <see cref="Random"/>.</param>
    public static TimeSpan After(int attempts, double jitter)
    {
        var exponential = First * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = exponential < Longest ? exponential : Longest;
        // +-20 %, so many changes postponed together do not return at the same second.
        return capped * (0.8 + (0.4 * jitter));
    }
}
