namespace RunnerStrength.Strava.Sync;

/// <summary>How far the sync has come, persisted after every page so a restart or a crash resumes where it stopped.</summary>
public sealed record SyncCursor
{
    /// <summary>The recent 12 weeks are stored: a plan is possible.</summary>
    public bool RecentDone { get; init; }

    /// <summary>
    /// Where the recent fetch starts (epoch seconds), fixed when it begins: pages are offsets, so a
    /// window that moved between two pages would skip the activities that slid across the boundary.
    /// </summary>
    public long? RecentAfter { get; init; }

    /// <summary>The next page of the recent fetch (1-based).</summary>
    public int RecentPage { get; init; } = 1;

    /// <summary>The backfill's next page holds activities that started before this (epoch seconds); null: not started.</summary>
    public long? BackfillBefore { get; init; }

    public bool BackfillDone { get; init; }

    /// <summary>The newest start seen (epoch seconds): incremental syncs ask only for what came after it.</summary>
    public long? NewestStart { get; init; }

    /// <summary>History laps: the next runs to fetch laps for started before this (epoch seconds); null: not started.</summary>
    public long? LapsBefore { get; init; }

    /// <summary>Every run of the history that can use laps has them (or cannot have them).</summary>
    public bool LapsDone { get; init; }

    /// <summary>Activities received from Strava so far.</summary>
    public int Received { get; init; }
}
