using RunnerStrength.Training.Activities;

namespace RunnerStrength.Testing.Seasons;

/// <summary>A run of a simulated season and the truth about it: what the plan said it was.</summary>
public sealed record SimulatedRun(Activity Activity, SessionType Type)
{
    /// <summary>Key by the plan: long run, threshold, marathon pace, intervals, race.</summary>
    public bool IsKey => Type is SessionType.Long or SessionType.Threshold or SessionType.CruiseIntervals or SessionType.MarathonPace or SessionType.Intervals or SessionType.Race;
}
