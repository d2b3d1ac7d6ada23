namespace RunnerStrength.Strava.Sync;

/// <summary>How a sync pass ended.</summary>
public enum SyncState
{
    /// <summary>Everything there is has been fetched.</summary>
    UpToDate,

    /// <summary>The rate limit is spent: the pass stopped and resumes at <see cref="SyncOutcome.WaitUntil"/>.</summary>
    WaitingForRateLimit,

    /// <summary>Strava kept failing (5xx, timeouts, broken answers): the next pass resumes from the cursor.</summary>
    Failed,

    /// <summary>The athlete must reconnect; syncing stops.</summary>
    Disconnected,
}

/// <summary>What a sync pass did.</summary>
/// <param name="State">How it ended.</param>
/// <param name="New">Activities stored for the first time (a replan is due when any).</param>
/// <param name="Calls">Strava API calls this pass sent.</param>
/// <param name="Cursor">Where the sync stands now.</param>
public sealed record SyncOutcome(SyncState State, int New, int Calls, SyncCursor Cursor)
{
    public DateTimeOffset? WaitUntil { get; init; }

    public string? Problem { get; init; }

    /// <summary>Runs of the history whose laps this pass added (their verdicts may change: a replan is due when any).</summary>
    public int LapsAdded { get; init; }
}
