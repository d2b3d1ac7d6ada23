using RunnerStrength.Training.Activities;

namespace RunnerStrength.Testing;

/// <summary>Activities for tests: a run from a source, its start and length; the rest with <c>with { }</c>.</summary>
public static class ActivityBuilder
{
    /// <summary>A run of <paramref name="elapsed"/> (moving the same unless given), its local start in <paramref name="zone"/> (UTC when not given).</summary>
    public static Activity Run(ActivitySource source, string id, DateTimeOffset start, TimeSpan elapsed, TimeSpan? moving = null, TimeZoneInfo? zone = null) =>
        new(new ActivityId(source, id), start, TimeZoneInfo.ConvertTime(start, zone ?? TimeZoneInfo.Utc).DateTime, Sport.Run, elapsed, moving ?? elapsed);
}
