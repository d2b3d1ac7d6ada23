using System.Net;
using System.Text.Json;
using Refit;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Strava.RateLimiting;

namespace RunnerStrength.Strava.Sync;

/// <summary>
/// One sync pass (strava-api.md section 6, design lessons): first the recent 12 weeks, so a plan is
/// possible within a minute; then what is new since the newest start seen (one call when nothing
/// is); then the history backwards, 200 a page, from a persisted cursor; then, at the lowest priority,
/// laps for the history's runs whose verdict can depend on them (a tempo block hides in a run's totals),
/// newest first, only while more than half of both rate-limit windows is unused, so the recent sync and
/// webhooks always have calls left. The pass stops at a spent rate limit or a dead connection and the next
/// one resumes from the cursor; upserts make repeated pages harmless.
/// </summary>
public sealed class StravaSync(IStravaApi api, IStravaSyncStore store, TimeProvider time, TimeZoneInfo athleteZone, RateBudget? budget = null)
{
    /// <summary>History laps use only spare calls: they stop when less than this share of a window is left.</summary>
    public const double SpareShare = 0.5;

    public const int PageSize = 200;
    public static readonly TimeSpan RecentSpan = TimeSpan.FromDays(84);
    // Strava lists by start time, so a run uploaded late (a watch synced days after the run) starts before
    // the newest one already stored: each pass re-lists two weeks, one page, and laps are fetched once.
    private static readonly TimeSpan Overlap = TimeSpan.FromDays(14);
    private const int AttemptsPerCall = 3;

    private int _calls;
    private int _new;
    private int _laps;

    /// <summary>The recent weeks and what is new (<paramref name="backfill"/> false), or the history (true).</summary>
    public async Task<SyncOutcome> RunAsync(bool backfill, CancellationToken cancellationToken)
    {
        var cursor = await store.CursorAsync(cancellationToken);
        try
        {
            if (!backfill || !cursor.RecentDone)
            {
                cursor = await RecentAsync(cursor, cancellationToken);
                cursor = await IncrementalAsync(cursor, cancellationToken);
            }

            if (backfill)
            {
                cursor = await BackfillAsync(cursor, cancellationToken);
                cursor = await HistoryLapsAsync(cursor, cancellationToken);
            }

            return new SyncOutcome(SyncState.UpToDate, _new, _calls, cursor) { LapsAdded = _laps };
        }
        catch (StravaRateLimitedException e)
        {
            return new SyncOutcome(SyncState.WaitingForRateLimit, _new, _calls, await store.CursorAsync(cancellationToken)) { WaitUntil = e.Until, Problem = e.Message, LapsAdded = _laps };
        }
        catch (StravaDisconnectedException e)
        {
            return new SyncOutcome(SyncState.Disconnected, _new, _calls, await store.CursorAsync(cancellationToken)) { Problem = e.Message };
        }
        catch (Exception e) when (IsTransient(e))
        {
            return new SyncOutcome(SyncState.Failed, _new, _calls, await store.CursorAsync(cancellationToken)) { Problem = $"Strava kept failing; the next sync resumes here: {e.Message}" };
        }
    }

    private async Task<SyncCursor> RecentAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        var after = cursor.RecentAfter ?? (time.GetUtcNow() - RecentSpan).ToUnixTimeSeconds();
        cursor = cursor with { RecentAfter = after };
        while (!cursor.RecentDone)
        {
            var page = await ListAsync(null, after, cursor.RecentPage, cancellationToken);
            var (oldest, newest) = await StoreAsync(page, withLaps: true, cancellationToken);
            cursor = cursor with
            {
                RecentPage = cursor.RecentPage + 1,
                RecentDone = page.Count < PageSize,
                NewestStart = Max(cursor.NewestStart, newest),
                BackfillBefore = Min(cursor.BackfillBefore ?? after, oldest),
                Received = cursor.Received + page.Count,
            };
            await store.SaveCursorAsync(cursor, cancellationToken);
        }

        return cursor;
    }

    private async Task<SyncCursor> IncrementalAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        if (cursor.NewestStart is not { } newest)
        {
            return cursor;
        }

        var after = newest - (long)Overlap.TotalSeconds;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await ListAsync(null, after, pageNumber, cancellationToken);
            var (_, latest) = await StoreAsync(page, withLaps: true, cancellationToken);
            cursor = cursor with { NewestStart = Max(cursor.NewestStart, latest) };
            await store.SaveCursorAsync(cursor, cancellationToken);
            if (page.Count < PageSize)
            {
                return cursor;
            }
        }
    }

    private async Task<SyncCursor> BackfillAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        while (!cursor.BackfillDone)
        {
            var before = cursor.BackfillBefore ?? time.GetUtcNow().ToUnixTimeSeconds();
            var page = await ListAsync(before, null, 1, cancellationToken);
            var (oldest, _) = await StoreAsync(page, withLaps: false, cancellationToken);
            cursor = cursor with
            {
                BackfillBefore = oldest ?? before,
                BackfillDone = page.Count == 0,
                Received = cursor.Received + page.Count,
            };
            await store.SaveCursorAsync(cursor, cancellationToken);
        }

        return cursor;
    }

    private async Task<SyncCursor> HistoryLapsAsync(SyncCursor cursor, CancellationToken cancellationToken)
    {
        while (!cursor.LapsDone)
        {
            // Runs of the recent weeks got their laps with their summaries.
            var before = DateTimeOffset.FromUnixTimeSeconds(cursor.LapsBefore ?? cursor.RecentAfter ?? time.GetUtcNow().ToUnixTimeSeconds());
            var runs = await store.RunsWithoutLapsAsync(before, 50, cancellationToken);
            if (runs.Count == 0)
            {
                cursor = cursor with { LapsDone = true };
                await store.SaveCursorAsync(cursor, cancellationToken);
                break;
            }

            foreach (var run in runs)
            {
                if (budget?.HasSpare(SpareShare) == false)
                {
                    return cursor; // the next pass goes on from here
                }

                var laps = StravaActivityMapper.ToLaps(await LapsAsync(run.StravaId, cancellationToken));
                if (laps.Count > 0)
                {
                    await store.AddLapsAsync(run.StravaId, laps, cancellationToken);
                    _laps++;
                }

                cursor = cursor with { LapsBefore = run.Start.ToUnixTimeSeconds() };
                await store.SaveCursorAsync(cursor, cancellationToken);
            }
        }

        return cursor;
    }

    private async Task<(long? Oldest, long? Newest)> StoreAsync(List<StravaActivity> page, bool withLaps, CancellationToken cancellationToken)
    {
        long? oldest = null, newest = null;
        foreach (var summary in page)
        {
            var start = summary.StartDate.ToUnixTimeSeconds();
            (oldest, newest) = (Min(oldest, start), Max(newest, start));
            var activity = summary;
            if (withLaps && StravaActivityMapper.NeedsLaps(summary) && !await store.HasLapsAsync(summary.Id, cancellationToken))
            {
                activity = summary with { Laps = await LapsAsync(summary.Id, cancellationToken) };
            }

            _new += await store.UpsertAsync(StravaActivityMapper.ToActivity(activity, athleteZone), cancellationToken) ? 1 : 0;
        }

        return (oldest, newest);
    }

    // A lap list that cannot be read is this activity's problem, not the sync's: stored without laps, recorded.
    private async Task<List<StravaLap>> LapsAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(ct => api.GetLapsAsync(id, ct), cancellationToken);
        }
        catch (ApiException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            await store.RecordSkippedAsync(id, $"laps not readable ({(int)e.StatusCode}): stored without them", cancellationToken);
            return [];
        }
    }

    private Task<List<StravaActivity>> ListAsync(long? before, long? after, int page, CancellationToken cancellationToken) =>
        CallAsync(ct => api.ListActivitiesAsync(before, after, page, PageSize, ct), cancellationToken);

    // The HTTP pipeline retries 5xx and timeouts; a body cut short arrives as a good status, so it is retried here.
    private async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            _calls++;
            try
            {
                return await call(cancellationToken);
            }
            catch (Exception e) when (e.InnerException is StravaRateLimitedException or StravaDisconnectedException)
            {
                // Refit wraps what the handlers throw; the pass needs the original to stop the right way.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
            catch (Exception e) when (attempt < AttemptsPerCall && IsBrokenBody(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), time, cancellationToken);
            }
        }
    }

    private static bool IsBrokenBody(Exception e) => e is JsonException || e.InnerException is JsonException || e is ApiException { StatusCode: >= HttpStatusCode.InternalServerError };

    private static bool IsTransient(Exception e) =>
        IsBrokenBody(e) || IsConnectionFault(e) || (e.InnerException is { } inner && IsConnectionFault(inner));

    private static bool IsConnectionFault(Exception e) =>
        e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException { InnerException: TimeoutException };

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
