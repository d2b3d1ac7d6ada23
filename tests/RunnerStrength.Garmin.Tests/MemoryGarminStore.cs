using RunnerStrength.Fit.Activities;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Garmin.Tests;

/// <summary>The executable's side, in memory: the token, the cursor, and each downloaded file decoded as the importer would.</summary>
internal sealed class MemoryGarminStore : IGarminKeyStore, IGarminSyncStore
{
    private GarminSyncCursor _cursor = new();

    public GarminToken? Token { get; set; }

    public string? StoredKey { get; set; }

    public string? Refused { get; private set; }

    public Dictionary<long, Activity> Imported { get; } = [];

    public Dictionary<long, string> Skipped { get; } = [];

    public int CursorSaves { get; private set; }

    /// <summary>Runs on every cursor save (e.g. to stop the pass mid-history as a kill would).</summary>
    public Action<GarminSyncCursor>? OnSave { get; set; }

    public GarminSyncCursor Cursor => _cursor;

    public Task<string?> StoredKeyAsync(CancellationToken cancellationToken) => Task.FromResult(StoredKey);

    public Task<GarminToken?> LoadTokenAsync(CancellationToken cancellationToken) => Task.FromResult(Token);

    public Task SaveTokenAsync(GarminToken token, CancellationToken cancellationToken)
    {
        (Token, Refused) = (token, null);
        return Task.CompletedTask;
    }

    public Task MarkKeyRefusedAsync(string reason, CancellationToken cancellationToken)
    {
        (Token, Refused) = (null, reason);
        return Task.CompletedTask;
    }

    public Task<GarminSyncCursor> CursorAsync(CancellationToken cancellationToken) => Task.FromResult(_cursor);

    public Task SaveCursorAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
    {
        _cursor = cursor;
        CursorSaves++;
        OnSave?.Invoke(cursor);
        return Task.CompletedTask;
    }

    public Task<bool> IsKnownAsync(long activityId, CancellationToken cancellationToken) =>
        Task.FromResult(Imported.ContainsKey(activityId) || Skipped.ContainsKey(activityId));

    public Task<bool> ImportAsync(long activityId, byte[] fit, CancellationToken cancellationToken)
    {
        var (activities, result) = FitActivityReader.Read(fit, activityId.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.Utc);
        if (!result.IntegrityOk || activities.Count == 0)
        {
            throw new InvalidOperationException($"activity {activityId}: not a good FIT file");
        }

        Imported[activityId] = activities[0];
        return Task.FromResult(true);
    }

    public Task RecordSkippedAsync(long activityId, string reason, CancellationToken cancellationToken)
    {
        Skipped[activityId] = reason;
        return Task.CompletedTask;
    }
}
