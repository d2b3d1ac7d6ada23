using Microsoft.Extensions.Options;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;

namespace RunnerStrength.Garmin.Sync;

/// <summary>
/// One pull pass: the recent 12 weeks first (the plan is ready after them), then two weeks before the newest
/// run seen up to today, then the history backwards in windows of at most 366 days, to <c>HistoryStart</c> or
/// until three empty years in a row (a runner may pause for a year or two). The list is paged 100 at a time;
/// each activity not seen before is downloaded once and imported. The cursor is saved after every page.
/// </summary>
public sealed class GarminSync(GarminApi api, IGarminSyncStore store, IOptions<GarminOptions> options, TimeProvider time, TimeZoneInfo athleteZone)
{
    public const int PageSize = GarminApi.MaxPageSize;
    public const int RecentDays = 84;
    public const int OverlapDays = 14;
    public const int EmptyYearsToStop = 3;
    private const int WindowDays = 366;

    private int _calls;
    private int _new;

    /// <summary>The recent weeks (once), then what is new (<paramref name="history"/> false) or the history (true).</summary>
    public async Task<GarminSyncOutcome> RunAsync(bool history, CancellationToken cancellationToken)
    {
        var cursor = await store.CursorAsync(cancellationToken);
        try
        {
            cursor = await RecentAsync(cursor, cancellationToken);
            // A history pass follows a pass that listed what is new (the pull's two steps), so it lists only the past.
            cursor = history ? await HistoryAsync(cursor, cancellationToken) : await IncrementalAsync(cursor, cancellationToken);

            return new GarminSyncOutcome(GarminSyncState.UpToDate, _new, _calls, cursor);
        }
        catch (GarminRateLimitedException e)
        {
            return new GarminSyncOutcome(GarminSyncState.WaitingForRateLimit, _new, _calls, await store.CursorAsync(cancellationToken)) { WaitUntil = e.Until, Problem = e.Message };
        }
        catch (GarminKeyRefusedException e)
        {
            return new GarminSyncOutcome(GarminSyncState.KeyRefused, _new, _calls, await store.CursorAsync(cancellationToken)) { Problem = e.Message };
        }
        catch (Exception e) when (IsTransient(e))
        {
            return new GarminSyncOutcome(GarminSyncState.Failed, _new, _calls, await store.CursorAsync(cancellationToken)) { Problem = $"Garmin kept failing; the next pull resumes here: {e.Message}" };
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), athleteZone).DateTime);

    private async Task<GarminSyncCursor> RecentAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
    {
        var from = cursor.RecentFrom ?? Today.AddDays(-RecentDays);
        cursor = cursor with { RecentFrom = from };
        while (!cursor.RecentDone)
        {
            var (page, newest) = await PageAsync(from, Today.AddDays(1), cursor.RecentOffset, cancellationToken);
            cursor = cursor with
            {
                RecentOffset = cursor.RecentOffset + page,
                RecentDone = page < PageSize,
                NewestDay = Max(cursor.NewestDay, newest),
                HistoryBefore = cursor.HistoryBefore ?? from,
                Received = cursor.Received + page,
            };
            await store.SaveCursorAsync(cursor, cancellationToken);
        }

        return cursor;
    }

    // Dates are the account's local days and a watch may upload days late: two weeks are listed again, and
    // activities already downloaded cost nothing more.
    private async Task<GarminSyncCursor> IncrementalAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
    {
        var from = Min(cursor.NewestDay ?? Today, Today).AddDays(-OverlapDays);
        for (var offset = 0; ; offset += PageSize)
        {
            var (page, newest) = await PageAsync(from, Today.AddDays(1), offset, cancellationToken);
            cursor = cursor with { NewestDay = Max(cursor.NewestDay, newest) };
            await store.SaveCursorAsync(cursor, cancellationToken);
            if (page < PageSize)
            {
                return cursor;
            }
        }
    }

    private async Task<GarminSyncCursor> HistoryAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
    {
        var start = options.Value.HistoryStart;
        while (!cursor.HistoryDone)
        {
            var end = (cursor.HistoryBefore ?? Today).AddDays(-1);
            if (start is { } first && end < first)
            {
                cursor = cursor with { HistoryDone = true };
                await store.SaveCursorAsync(cursor, cancellationToken);
                break;
            }

            var windowStart = end.AddDays(-(WindowDays - 1));
            if (start is { } limit && windowStart < limit)
            {
                windowStart = limit;
            }

            var (page, _) = await PageAsync(windowStart, end, cursor.HistoryOffset, cancellationToken);
            cursor = cursor with { HistoryOffset = cursor.HistoryOffset + page, WindowFound = cursor.WindowFound + page, Received = cursor.Received + page };
            if (page < PageSize)
            {
                var empty = cursor.WindowFound == 0 ? cursor.EmptyWindows + 1 : 0;
                cursor = cursor with
                {
                    HistoryBefore = windowStart,
                    HistoryOffset = 0,
                    WindowFound = 0,
                    EmptyWindows = empty,
                    HistoryDone = start is { } s ? windowStart <= s : empty >= EmptyYearsToStop,
                };
            }

            await store.SaveCursorAsync(cursor, cancellationToken);
        }

        return cursor;
    }

    /// <summary>One page of the list, each unseen activity downloaded and imported; how many were listed and the newest day.</summary>
    private async Task<(int Count, DateOnly? Newest)> PageAsync(DateOnly from, DateOnly to, int offset, CancellationToken cancellationToken)
    {
        _calls++;
        var (page, _) = await api.ListAsync(from, to, offset, PageSize, cancellationToken);
        DateOnly? newest = null;
        foreach (var activity in page)
        {
            if (activity.StartUtc is { } start)
            {
                newest = Max(newest, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, athleteZone).DateTime));
            }

            if (await store.IsKnownAsync(activity.Id, cancellationToken))
            {
                continue;
            }

            _calls++;
            var download = await api.DownloadAsync(activity.Id, cancellationToken);
            if (download is null)
            {
                await store.RecordSkippedAsync(activity.Id, "Garmin has no original file for it (404)", cancellationToken);
                continue;
            }

            var fit = GarminOriginal.FitOf(download, out var kind);
            if (fit is null)
            {
                await store.RecordSkippedAsync(activity.Id, $"its download is {kind}", cancellationToken);
                continue;
            }

            _new += await store.ImportAsync(activity.Id, fit, cancellationToken) ? 1 : 0;
        }

        return (page.Count, newest);
    }

    private static bool IsTransient(Exception e) =>
        e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException { InnerException: TimeoutException } or System.Text.Json.JsonException
        || (e.InnerException is { } inner && IsTransient(inner));

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
