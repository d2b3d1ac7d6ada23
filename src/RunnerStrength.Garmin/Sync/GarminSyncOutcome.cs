namespace RunnerStrength.Garmin.Sync;

public enum GarminSyncState
{
    /// <summary>Everything listed so far is stored.</summary>
    UpToDate,

    /// <summary>Garmin answered 429; the pass resumes after <see cref="GarminSyncOutcome.WaitUntil"/>.</summary>
    WaitingForRateLimit,

    /// <summary>Garmin refused the key: a new one is needed.</summary>
    KeyRefused,

    /// <summary>Garmin kept failing (5xx, timeouts); the next pass resumes from the cursor.</summary>
    Failed,
}

/// <summary>What one pass did.</summary>
public sealed record GarminSyncOutcome(GarminSyncState State, int New, int Calls, GarminSyncCursor Cursor)
{
    public DateTimeOffset? WaitUntil { get; init; }

    public string? Problem { get; init; }
}
