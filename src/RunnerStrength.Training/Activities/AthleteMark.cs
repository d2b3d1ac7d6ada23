namespace RunnerStrength.Training.Activities;

/// <summary>What the athlete said a run was, where their app lets them say it (Strava's run type, for one).</summary>
public enum AthleteMark
{
    /// <summary>A race.</summary>
    Race,

    /// <summary>A long run.</summary>
    LongRun,

    /// <summary>A workout: intervals, tempo, a session with structure.</summary>
    Workout,
}
