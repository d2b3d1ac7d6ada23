using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Strava.Sync;
using RunnerStrength.StravaConnection;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Tests.Strava;

/// <summary>Issue 5: connect, then sync a two-year history through the Strava double's faults and limits.</summary>
public sealed class StravaSyncTests
{
    private static readonly DateTimeOffset Newest = TimeProvider.System.GetUtcNow().AddHours(-3);

    [Fact]
    public async Task TwoYearHistory_UnderFaultsAndACrash_IsStoredExactlyOnce_WithinTheRateLimit()
    {
        var history = StravaDoubleActivity.History(1100, Newest);
        await using var f = await StravaFixture.StartAsync(new StravaDouble(history, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), shortLimit: 25, longLimit: 70));
        f.Strava.FailNext(3, 502);          // a burst of 5xx on the first list call
        f.Strava.TruncateNext(1);           // then an answer cut short
        f.Strava.DelayNext(1, TimeSpan.FromSeconds(2)); // then one slower than the 1 s call timeout

        // The first pass: the recent 12 weeks (with laps where they decide), then the backfill until the
        // process dies in the middle of it.
        using var crash = new CancellationTokenSource();
        var backfillPages = 0;
        f.Strava.OnApiRequest = path =>
        {
            if (f.Strava.Requests.Last().Contains("before=", StringComparison.Ordinal) && ++backfillPages == 3)
            {
                crash.Cancel();
            }
        };
        var first = await f.SyncUntilDoneAsync(full: false);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyncUntilCrashAsync(f, crash.Token));
        var beforeCrash = await f.StravaIdsAsync();
        f.Strava.OnApiRequest = null;
        await f.RestartAsync();
        var outcomes = await f.SyncUntilDoneAsync();

        var recentCount = history.Count(a => a.Start > TimeProvider.System.GetUtcNow() - StravaSync.RecentSpan);
        Assert.Equal(SyncState.UpToDate, first[^1].State);
        var recentStored = first.Sum(o => o.New);
        Assert.InRange(recentStored, recentCount - 1, recentCount + 1); // the recent weeks only, first
        Assert.True(beforeCrash.Count > recentStored, "the backfill had stored pages before the crash");
        Assert.Equal(SyncState.UpToDate, outcomes[^1].State);
        Assert.Contains(first.Concat(outcomes), o => o.State == SyncState.WaitingForRateLimit);
        var stored = await f.StravaIdsAsync();
        Assert.Equal(history.Count, stored.Count);
        // ceil(1100 / 200) pages is the floor; on top: the end-of-history page, one incremental call per pass,
        // the 3 answers of the 5xx burst, the truncated one, the slow one, and the page in flight at the crash.
        var passes = first.Count + outcomes.Count + 1;
        Assert.InRange(f.Strava.ListCalls, 6, 6 + 1 + passes + 3 + 1 + 1 + 1 + 2);
        Assert.Equal(history.Count, stored.Distinct().Count());
        Assert.Equal(0, f.Strava.Violations);
        Assert.Equal(0, f.Strava.TooManyRequestsSent); // the client waits for the window instead of being refused
        var cursor = outcomes[^1].Cursor;
        Assert.True(cursor.BackfillDone);

        // Laps were fetched for a recent run whose workout type does not say what it was.
        await using var scope = f.Services.CreateAsyncScope();
        var recentUntyped = history.First(a => a.WorkoutType is null && a.SportType == "Run");
        var activities = await scope.ServiceProvider.GetRequiredService<ActivityStore>().BetweenAsync(1, recentUntyped.Start.AddMinutes(-1), recentUntyped.Start.AddMinutes(1), default);
        Assert.Equal(8, activities.Single().Laps.Count);
    }

    private static async Task SyncUntilCrashAsync(StravaFixture f, CancellationToken crash)
    {
        for (var pass = 0; pass < 100; pass++)
        {
            await using var scope = f.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<StravaSyncPass>().SyncAsync(true, crash);
            var wait = outcome?.WaitUntil is { } until ? until - TimeProvider.System.GetUtcNow() : TimeSpan.Zero;
            await Task.Delay(wait > TimeSpan.Zero ? wait + TimeSpan.FromMilliseconds(30) : TimeSpan.FromMilliseconds(100), crash);
        }
    }

    [Fact]
    public async Task A429_StopsEveryCallForTheWindow_ThenTheSyncResumes_WithNothingLostOrDoubled()
    {
        var history = StravaDoubleActivity.History(450, Newest);
        await using var f = await StravaFixture.StartAsync(new StravaDouble(history, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), shortLimit: 40, longLimit: 1000));
        var calls = 0;
        f.Strava.OnApiRequest = _ =>
        {
            if (++calls == 5)
            {
                f.Strava.SpendShortWindow(); // another app of the athlete spent the window: this call gets a 429
            }
        };

        var outcomes = await f.SyncUntilDoneAsync();

        Assert.Equal(1, f.Strava.TooManyRequestsSent);
        Assert.Equal(0, f.Strava.Violations); // nothing more was sent in that window
        Assert.Contains(outcomes, o => o.State == SyncState.WaitingForRateLimit);
        Assert.Equal(SyncState.UpToDate, outcomes[^1].State);
        var stored = await f.StravaIdsAsync();
        Assert.Equal((history.Count, history.Count), (stored.Count, stored.Distinct().Count()));
    }

    [Fact]
    public async Task IncrementalSync_WhenNothingChanged_CostsOneCall_AndARunAlsoDroppedAsAFitFileIsStoredOnce()
    {
        var history = StravaDoubleActivity.History(60, Newest);
        await using var f = await StravaFixture.StartAsync(new StravaDouble(history, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10)));
        var twin = history[5];
        await using (var scope = f.Services.CreateAsyncScope())
        {
            // The same run from the watch's FIT file, 20 s off and a few seconds longer.
            var fit = ActivityBuilder.Run(ActivitySource.Fit, "fit-twin", twin.Start.AddSeconds(20), TimeSpan.FromSeconds(twin.MovingSeconds + 25), TimeSpan.FromSeconds(twin.MovingSeconds));
            await scope.ServiceProvider.GetRequiredService<ActivityStore>().AddAsync(1, fit, default);
        }

        await f.SyncUntilDoneAsync();
        var callsBefore = f.Strava.ApiCalls;
        var again = await f.SyncAsync(full: true);

        Assert.Equal((SyncState.UpToDate, 0), (again!.State, again.New));
        Assert.Equal(1, f.Strava.ApiCalls - callsBefore);
        Assert.Equal(history.Count, await f.InStoreAsync(db => db.Activities.CountAsync()));
    }
}
