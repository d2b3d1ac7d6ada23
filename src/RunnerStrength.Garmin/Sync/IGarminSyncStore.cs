namespace RunnerStrength.Garmin.Sync;

/// <summary>The executable's side of the pull: the cursor, and the activities through its FIT importer.</summary>
public interface IGarminSyncStore
{
    Task<GarminSyncCursor> CursorAsync(CancellationToken cancellationToken);

    Task SaveCursorAsync(GarminSyncCursor cursor, CancellationToken cancellationToken);

    /// <summary>Whether this Garmin activity was downloaded (or skipped) before: no activity is downloaded twice.</summary>
    Task<bool> IsKnownAsync(long activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Imports the activity's FIT file as the FIT inbox does (one run from Garmin, Strava or a file is stored once;
    /// a strength activity's deadlift sets are logged once) and remembers the Garmin id; true when something new was stored.
    /// </summary>
    Task<bool> ImportAsync(long activityId, byte[] fit, CancellationToken cancellationToken);

    /// <summary>Remembers an activity that has no readable file, with why, so it is reported once and not fetched again.</summary>
    Task RecordSkippedAsync(long activityId, string reason, CancellationToken cancellationToken);
}
