using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Garmin;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage;

namespace RunnerStrength.GarminConnection;

/// <summary>
/// One Garmin pull: the recent weeks and what is new (then a replan), then the history. Without a key it does
/// nothing; a refused key stops it until a different key is given (the other sources go on).
/// </summary>
internal sealed partial class GarminSyncPass(
    AthleteContextLoader athletes, RunnerStrengthDbContext db, IServiceProvider services, GarminTokens tokens, FitFileImporter importer, TimeProvider time,
    IOptions<GarminOptions> options, IReplanTrigger replans, ILogger<GarminSyncPass> logger)
{
    /// <summary>One pull; null when no key is set, the key was refused, or a 429's wait is not over.</summary>
    public async Task<GarminSyncOutcome?> SyncAsync(bool includeHistory, CancellationToken cancellationToken)
    {
        if (await tokens.KeyAsync(cancellationToken) is not { } key)
        {
            return null;
        }

        var athlete = await athletes.LoadAsync(cancellationToken);
        var row = await db.GarminConnections.FirstOrDefaultAsync(c => c.AthleteId == athlete.AthleteId, cancellationToken);
        if (row is null)
        {
            // Made before any call, so the token store (its own scope) finds it rather than adding a second.
            row = new Storage.GarminConnections.GarminConnectionRow { AthleteId = athlete.AthleteId };
            db.GarminConnections.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (row.RefusedReason is { } refused && row.RefusedKeyHash == KeyHash(key))
        {
            LogSkipped(logger, refused);
            return null;
        }

        if ((options.Value.ApiKeyExpires ?? row.KeyExpires) is { } expires && GarminStatus.ExpiresSoon(expires, time.GetUtcNow()))
        {
            LogKeyExpiring(logger, GarminStatus.KeyExpiry(expires, time.GetUtcNow()).TrimStart(';', ' '));
        }

        if (row.WaitingUntil is { } waiting && waiting > time.GetUtcNow())
        {
            return null; // A run is scheduled for when Garmin's wait is over.
        }

        // Resolved only now: without a key the recurring job never builds Garmin's HTTP client and its pipeline (idle memory).
        var api = services.GetRequiredService<GarminApi>();
        var store = new GarminSyncStore(db, importer, athlete);
        var outcome = await new GarminSync(api, store, options, time, athlete.Zone).RunAsync(history: false, cancellationToken);
        if (outcome.New > 0)
        {
            await replans.ReplanAsync(cancellationToken);
        }

        if (includeHistory && outcome.State == GarminSyncState.UpToDate)
        {
            var history = await new GarminSync(api, store, options, time, athlete.Zone).RunAsync(history: true, cancellationToken);
            if (history.New > 0)
            {
                await replans.ReplanAsync(cancellationToken);
            }

            outcome = history with { New = outcome.New + history.New, Calls = outcome.Calls + history.Calls };
        }

        await db.Entry(row).ReloadAsync(cancellationToken);
        row.LastSyncAt = time.GetUtcNow();
        row.WaitingUntil = outcome.WaitUntil is { } wait && wait - time.GetUtcNow() > TimeSpan.FromSeconds(1) ? wait : null;
        row.LastOutcome = Describe(outcome, athlete.Zone);
        row.RefusedKeyHash = outcome.State == GarminSyncState.KeyRefused ? KeyHash(key) : null;
        await db.SaveChangesAsync(cancellationToken);
        LogSynced(logger, row.LastOutcome);
        return outcome;
    }

    /// <summary>The outcome in a runner's words: progress, and what it waits for.</summary>
    public static string Describe(GarminSyncOutcome outcome, TimeZoneInfo zone)
    {
        var cursor = outcome.Cursor;
        var history = cursor.HistoryDone ? "complete" : cursor.HistoryBefore is { } before ? string.Create(CultureInfo.InvariantCulture, $"back to {before:yyyy-MM-dd}, more to come") : "not started";
        var progress = string.Create(CultureInfo.InvariantCulture, $"{cursor.Received} activities listed; history {history}");
        return outcome.State switch
        {
            GarminSyncState.WaitingForRateLimit => string.Create(CultureInfo.InvariantCulture, $"{progress}; Garmin asked to wait until {TimeZoneInfo.ConvertTime(outcome.WaitUntil!.Value, zone):HH:mm:ss}"),
            GarminSyncState.Failed => $"{progress}; {outcome.Problem}",
            GarminSyncState.KeyRefused => $"disconnected: new key needed: {outcome.Problem}",
            _ => $"{progress}; up to date",
        };
    }

    private static string KeyHash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())))[..16];

    [LoggerMessage(Level = LogLevel.Information, Message = "Garmin pull: {Outcome}")]
    private static partial void LogSynced(ILogger logger, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Garmin: {Warning}")]
    private static partial void LogKeyExpiring(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Garmin pull skipped: new key needed ({Reason})")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
