using RunnerStrength.Training.Activities;

namespace RunnerStrength.Strava.Sync;

/// <summary>The executable's side of a sync: the cursor and the activities, in its store.</summary>
public interface IStravaSyncStore
{
    Task<SyncCursor> CursorAsync(CancellationToken cancellationToken);

    Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken);

    /// <summary>
    /// Stores or updates the activity (idempotent; one run from Strava and a FIT file is one activity); true when it
    /// is new. A summary without laps keeps the laps stored before: list pages repeat activities without them.
    /// </summary>
    Task<bool> UpsertAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Whether the activity is stored with its laps already (laps cost a call each).</summary>
    Task<bool> HasLapsAsync(long stravaId, CancellationToken cancellationToken);

    /// <summary>Records an activity whose details could not be read, so it is reported rather than retried forever.</summary>
    Task RecordSkippedAsync(long stravaId, string reason, CancellationToken cancellationToken);
}
