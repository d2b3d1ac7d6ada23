namespace RunnerStrength.Training.Planning;

/// <summary>The planner's rules of training-rules.md section 7, each a setting with its default.</summary>
public sealed record PlannerSettings
{
    /// <summary>Rule 14 (preference): ideal time from a heavy lift to the next key run. Default 48 h.</summary>
    public TimeSpan KeyRunRecovery { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Rule 14 (preference): ideal time before a long run or an A/B race. Default 72 h.</summary>
    public TimeSpan LongRunRecovery { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Rule 15: a lift on a key-run day comes at least this long after the run. Default 3 h.</summary>
    public TimeSpan AfterKeyRun { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Rule 16: between two heavy sessions. Default 72 h.</summary>
    public TimeSpan BetweenHeavySessions { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Rule 16: between light sessions. Default 48 h.</summary>
    public TimeSpan BetweenLightSessions { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Rule 18: the maintenance block before an A race. Default 28 days.</summary>
    public int MaintenanceDays { get; init; } = 28;

    /// <summary>Rule 19: light sessions only this close to an A race. Default 10 days.</summary>
    public int TaperDays { get; init; } = 10;

    /// <summary>Rule 19: no lifting at all this close to an A race. Default 5 days.</summary>
    public int NoLiftDaysBeforeA { get; init; } = 5;

    /// <summary>Rule 20: no lifting this long before a B race. Default 96 h.</summary>
    public TimeSpan NoLiftBeforeB { get; init; } = TimeSpan.FromHours(96);

    /// <summary>Section 2 (preference): avoid lifting this soon after a long run or race. Default 24 h.</summary>
    public TimeSpan AfterLongRun { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Rule 29: a deload every this many weeks (ISO week number). Default 4.</summary>
    public int DeloadEveryWeeks { get; init; } = 4;

    /// <summary>Rule 31: a run this much longer than the longest of the previous 30 days is noted. Default 0.10.</summary>
    public double LongestRunInfo { get; init; } = 0.10;

    /// <summary>Rule 31: ...warns (and holds loads back, rule 33). Default 0.30.</summary>
    public double LongestRunSpike { get; init; } = 0.30;

    /// <summary>Rule 31: ...warns strongly. Default 1.00.</summary>
    public double LongestRunStrong { get; init; } = 1.00;

    /// <summary>Rule 32: weekly distance this much above the trailing 4-week mean warns. Default 0.30.</summary>
    public double WeeklyVolumeSpike { get; init; } = 0.30;

    /// <summary>The defaults.</summary>
    public static PlannerSettings Default { get; } = new();

    /// <summary>Rule 17: sessions per week in <paramref name="phase"/>.</summary>
    public static int SessionsPerWeek(Phase phase) => phase switch
    {
        Phase.Skill or Phase.Build => 2,
        _ => 1,
    };

    /// <summary>Rule 21: days from a race to the first lift after it, by distance.</summary>
    public static int ReturnDays(double? distanceKm) => distanceKm switch
    {
        null or <= 10.5 => 3,
        <= 21.2 => 5,
        <= 42.3 => 10,
        _ => 14,
    };
}
