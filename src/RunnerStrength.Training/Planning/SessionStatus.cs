namespace RunnerStrength.Training.Planning;

/// <summary>Where a planned session stands: still ahead, or history.</summary>
public enum SessionStatus
{
    /// <summary>Still to come (today's counts as ahead until it is logged).</summary>
    Ahead,

    /// <summary>Its day has passed (or it was logged): a session was logged, or a strength activity recorded, that day.</summary>
    Done,

    /// <summary>Its day has passed with no session logged and no strength activity recorded.</summary>
    Missed,

    /// <summary>A day before the first plan: placed in hindsight, never given to the athlete, nothing logged.</summary>
    Hindsight,
}
