using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Sync;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// One Strava sync: the recent weeks and what is new first (then a replan, so a plan is ready within a
/// minute of connecting), then the backfill. A disconnected athlete stops it until they reconnect.
/// </summary>
internal sealed partial class StravaSyncPass(
    AthleteContextLoader athletes, RunnerStrengthDbContext db, IStravaApi api, ActivityStore activities, TimeProvider time,
    IOptions<StravaOptions> options, IReplanTrigger replans, RunnerStrength.Strava.RateLimiting.RateBudget budget, ILogger<StravaSyncPass> logger)
{
    /// <summary>One sync; null when Strava is not configured or connected (or a rate-limit wait is not over).</summary>
    public async Task<SyncOutcome?> SyncAsync(bool includeBackfill, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        var athlete = await athletes.LoadAsync(cancellationToken);
        var row = await db.StravaConnections.FirstOrDefaultAsync(c => c.AthleteId == athlete.AthleteId, cancellationToken);
        if (row is null || row.DisconnectedReason is not null || row.ProtectedAccessToken is null)
        {
            LogNotConnected(logger, row?.DisconnectedReason ?? "not connected");
            return null;
        }

        if (row.WaitingUntil is { } waiting && waiting > time.GetUtcNow())
        {
            return null; // A run is scheduled for when the window opens.
        }

        var store = new StravaSyncStore(db, activities, athlete.AthleteId);
        var outcome = await new StravaSync(api, store, time, athlete.Zone, budget).RunAsync(backfill: false, cancellationToken);
        if (outcome.New > 0)
        {
            await replans.ReplanAsync(cancellationToken);
        }

        if (includeBackfill && outcome.State == SyncState.UpToDate)
        {
            var backfill = await new StravaSync(api, store, time, athlete.Zone, budget).RunAsync(backfill: true, cancellationToken);
            if (backfill.LapsAdded > 0 || backfill.New > 0)
            {
                await replans.ReplanAsync(cancellationToken); // older verdicts inform the usual pace and the weeks ahead
            }

            outcome = backfill with { New = outcome.New + backfill.New, Calls = outcome.Calls + backfill.Calls };
        }

        await db.Entry(row).ReloadAsync(cancellationToken);
        row.LastSyncAt = time.GetUtcNow();
        // A wait shorter than a second is not recorded: the next pass may start at once.
        row.WaitingUntil = outcome.WaitUntil is { } wait && wait - time.GetUtcNow() > TimeSpan.FromSeconds(1) ? wait : null;
        row.LastOutcome = Describe(outcome, athlete.Zone);
        await db.SaveChangesAsync(cancellationToken);
        LogSynced(logger, row.LastOutcome);
        return outcome;
    }

    /// <summary>The outcome in a runner's words: progress, and what it waits for.</summary>
    public static string Describe(SyncOutcome outcome, TimeZoneInfo zone)
    {
        var cursor = outcome.Cursor;
        var history = cursor.BackfillDone ? "complete" : cursor.BackfillBefore is { } before ? $"back to {Day(before, zone)}, more to come" : "not started";
        var laps = cursor.LapsDone ? "; history laps complete" : cursor.LapsBefore is { } lapsBefore ? $"; history laps back to {Day(lapsBefore, zone)} (with spare calls only)" : "";
        var progress = string.Create(CultureInfo.InvariantCulture, $"{cursor.Received} activities received; history {history}{laps}");
        return outcome.State switch
        {
            SyncState.WaitingForRateLimit => string.Create(CultureInfo.InvariantCulture, $"{progress}; waiting for Strava's rate limit until {TimeZoneInfo.ConvertTime(outcome.WaitUntil!.Value, zone):HH:mm}"),
            SyncState.Failed => $"{progress}; {outcome.Problem}",
            SyncState.Disconnected => $"disconnected: {outcome.Problem}",
            _ => $"{progress}; up to date",
        };
    }

    private static string Day(long epochSeconds, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(epochSeconds), zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strava sync: {Outcome}")]
    private static partial void LogSynced(ILogger logger, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Strava sync skipped: {Reason}")]
    private static partial void LogNotConnected(ILogger logger, string reason);
}
