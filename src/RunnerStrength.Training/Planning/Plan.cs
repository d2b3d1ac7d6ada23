using RunnerStrength.Training.Days;

namespace RunnerStrength.Training.Planning;

/// <summary>One week's plan: the phase, each day's running, the strength sessions with reasons, and warnings.</summary>
/// <param name="WeekStart">The Monday.</param>
/// <param name="Phase">The phase of the week (its first lifting day's phase).</param>
/// <param name="Deload">True for a deload week (rule 29): sets halved, RPE at most 6.</param>
/// <param name="Days">Monday to Sunday.</param>
/// <param name="Sessions">The sessions, in date order.</param>
/// <param name="Warnings">What the athlete should know (no valid day, volume spikes, ...).</param>
public sealed record Plan(DateOnly WeekStart, Phase Phase, bool Deload, IReadOnlyList<DayAssessment> Days, IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<string> Warnings)
{
    /// <summary>A move to the next exercise the athlete may confirm (rule 30), or null.</summary>
    public string? Proposal { get; init; }

    /// <summary>Where each session stands, by UID.</summary>
    public IReadOnlyDictionary<string, SessionStatus> Statuses { get; init; } = new Dictionary<string, SessionStatus>();

    /// <summary>For each session still ahead, by UID, the days and times it may be moved to (the hard rules and rule 16 allow them).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MoveSlot>> MoveOptions { get; init; } = new Dictionary<string, IReadOnlyList<MoveSlot>>();

    /// <summary>Where <paramref name="session"/> stands (ahead when the plan does not say).</summary>
    public SessionStatus StatusOf(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Statuses.GetValueOrDefault(session.Uid, SessionStatus.Ahead);
    }
}
