namespace RunnerStrength.Training.Planning;

/// <summary>
/// What the athlete did to a published session in their own calendar. Their decision stands: a moved
/// session stays fixed at its new time and the rest of the week is planned around it; a deleted one
/// is not planned again that week.
/// </summary>
/// <param name="Uid">The session's UID (its week is in it).</param>
/// <param name="Date">The day it was moved to; ignored when <paramref name="Deleted"/>.</param>
/// <param name="StartLocal">The local time it was moved to; ignored when <paramref name="Deleted"/>.</param>
/// <param name="Deleted">The athlete deleted the event.</param>
public sealed record AthleteDecision(string Uid, DateOnly Date, TimeOnly StartLocal, bool Deleted)
{
    /// <summary>A session moved by hand to <paramref name="date"/> at <paramref name="startLocal"/>.</summary>
    public static AthleteDecision Moved(string uid, DateOnly date, TimeOnly startLocal) => new(uid, date, startLocal, false);

    /// <summary>A session the athlete deleted.</summary>
    public static AthleteDecision Removed(string uid) => new(uid, default, default, true);
}
