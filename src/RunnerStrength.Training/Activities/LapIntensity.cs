namespace RunnerStrength.Training.Activities;

/// <summary>What a FIT lap's <c>intensity</c> says it was; Strava laps have none.</summary>
public enum LapIntensity
{
    /// <summary>A work interval.</summary>
    Active,

    /// <summary>A rest between intervals.</summary>
    Rest,

    /// <summary>The warm-up.</summary>
    Warmup,

    /// <summary>The cool-down.</summary>
    Cooldown,

    /// <summary>A recovery jog between intervals.</summary>
    Recovery,

    /// <summary>An interval step.</summary>
    Interval,

    /// <summary>Anything else.</summary>
    Other,
}
