using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.StravaConnections;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.StravaConnection;

/// <summary>The sync's cursor and activities in the store, for one athlete.</summary>
internal sealed class StravaSyncStore(RunnerStrengthDbContext db, ActivityStore activities, int athleteId) : IStravaSyncStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SyncCursor> CursorAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<SyncCursor>((await RowAsync(cancellationToken)).CursorJson, Json) ?? new SyncCursor();

    public async Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        (await RowAsync(cancellationToken)).CursorJson = JsonSerializer.Serialize(cursor, Json);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<bool> UpsertAsync(Activity activity, CancellationToken cancellationToken) => activities.UpsertAsync(athleteId, activity, cancellationToken);

    public async Task<bool> HasLapsAsync(long stravaId, CancellationToken cancellationToken)
    {
        var id = new ActivityId(ActivitySource.Strava, stravaId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await activities.HasLapsAsync(athleteId, id, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredRun>> RunsWithoutLapsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var skipped = (await db.StravaSkipped.Where(s => s.AthleteId == athleteId).Select(s => s.StravaId).ToListAsync(cancellationToken))
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var found = new List<StoredRun>();
        // Laps live in the details JSON: read a page of candidates, keep those without, go further back until enough.
        while (found.Count < max)
        {
            var page = await db.Activities.AsNoTracking()
                .Where(a => a.AthleteId == athleteId && a.Source == "strava" && a.Sport == nameof(Sport.Run) && a.Start < before
                    && a.MovingSeconds >= StravaActivityMapper.ShortestRunForLaps.TotalSeconds && a.WorkoutType == null && !a.IsIndoor)
                .OrderByDescending(a => a.Start)
                .Take(max * 4)
                .ToListAsync(cancellationToken);
            found.AddRange(page.Where(r => !skipped.Contains(r.SourceId) && r.ToActivity().Laps.Count == 0)
                .Select(r => new StoredRun(long.Parse(r.SourceId, System.Globalization.CultureInfo.InvariantCulture), r.Start)));
            if (page.Count < max * 4)
            {
                break;
            }

            before = page[^1].Start;
        }

        return found.Take(max).ToList();
    }

    public Task AddLapsAsync(long stravaId, IReadOnlyList<Lap> laps, CancellationToken cancellationToken) =>
        activities.AddLapsAsync(athleteId, new ActivityId(ActivitySource.Strava, stravaId.ToString(System.Globalization.CultureInfo.InvariantCulture)), laps, cancellationToken);

    public async Task RecordSkippedAsync(long stravaId, string reason, CancellationToken cancellationToken)
    {
        if (await db.StravaSkipped.FindAsync([athleteId, stravaId], cancellationToken) is null)
        {
            db.StravaSkipped.Add(new StravaSkippedRow { AthleteId = athleteId, StravaId = stravaId, Reason = reason });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<StravaConnectionRow> RowAsync(CancellationToken cancellationToken) =>
        await db.StravaConnections.FirstAsync(c => c.AthleteId == athleteId, cancellationToken);
}
