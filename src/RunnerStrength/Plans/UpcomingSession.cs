using RunnerStrength.Training.Planning;

namespace RunnerStrength.Plans;

/// <summary>A planned session with the plan of its week (its status, where it may be moved).</summary>
internal sealed record UpcomingSession(PlannedSession Session, Plan Week)
{
    public SessionStatus Status => Week.StatusOf(Session);

    public IReadOnlyList<MoveSlot> MoveOptions => Week.MoveOptions.GetValueOrDefault(Session.Uid, []);
}
