using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.GarminConnections;

namespace RunnerStrength.GarminConnection;

/// <summary>The pull's cursor and activities in the store: each original goes through the FIT inbox's importer.</summary>
internal sealed class GarminSyncStore(RunnerStrengthDbContext db, FitFileImporter importer, AthleteContext athlete) : IGarminSyncStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GarminSyncCursor> CursorAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<GarminSyncCursor>((await RowAsync(cancellationToken)).CursorJson, Json) ?? new GarminSyncCursor();

    public async Task SaveCursorAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
    {
        (await RowAsync(cancellationToken)).CursorJson = JsonSerializer.Serialize(cursor, Json);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> IsKnownAsync(long activityId, CancellationToken cancellationToken) =>
        await db.GarminActivities.AnyAsync(a => a.AthleteId == athlete.AthleteId && a.GarminId == activityId, cancellationToken);

    public async Task<bool> ImportAsync(long activityId, byte[] fit, CancellationToken cancellationToken)
    {
        // One transaction: a crash or a backup between the activity and its Garmin row would otherwise keep an
        // activity the pull does not know it has.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await importer.ImportAsync(fit, athlete, cancellationToken);
        db.GarminActivities.Add(new GarminActivityRow
        {
            AthleteId = athlete.AthleteId,
            GarminId = activityId,
            FitHash = outcome.Imported ? outcome.Stored[0].Activity.Id.Value : null,
            SkippedReason = outcome.Imported ? null : $"its FIT file was not imported: {outcome.Problem}",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome.Stored.Any(s => s.Added);
    }

    public async Task RecordSkippedAsync(long activityId, string reason, CancellationToken cancellationToken)
    {
        db.GarminActivities.Add(new GarminActivityRow { AthleteId = athlete.AthleteId, GarminId = activityId, SkippedReason = reason });
        await db.SaveChangesAsync(cancellationToken);
    }

    // The pass makes the row before it starts.
    private async Task<GarminConnectionRow> RowAsync(CancellationToken cancellationToken) =>
        await db.GarminConnections.FirstAsync(c => c.AthleteId == athlete.AthleteId, cancellationToken);
}
