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

    /// <summary>
    /// Stored Strava runs that laps could change the verdict of (<see cref="StravaActivityMapper.NeedsLaps"/>) and have
    /// none, that started before <paramref name="before"/>, newest first, at most <paramref name="max"/>.
    /// </summary>
    Task<IReadOnlyList<StoredRun>> RunsWithoutLapsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Adds laps fetched later to a stored run.</summary>
    Task AddLapsAsync(long stravaId, IReadOnlyList<Lap> laps, CancellationToken cancellationToken);

    /// <summary>Records an activity whose details could not be read, so it is reported rather than retried forever.</summary>
    Task RecordSkippedAsync(long stravaId, string reason, CancellationToken cancellationToken);
}
