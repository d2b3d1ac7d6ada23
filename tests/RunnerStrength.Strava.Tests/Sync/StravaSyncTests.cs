using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Strava.RateLimiting;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Testing.Strava;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Strava.Tests.Sync;

/// <summary>The sync pass against the Strava double, through the adapter's own clients (AddStrava), over an in-memory store.</summary>
public sealed class StravaSyncTests
{
    private static readonly DateTimeOffset Newest = TimeProvider.System.GetUtcNow().AddHours(-3);

    private sealed class MemoryStore : IStravaSyncStore, IStravaTokenStore
    {
        private SyncCursor _cursor = new();
        private StravaTokenSet? _tokens;

        public Dictionary<string, Activity> Activities { get; } = [];

        public Task<SyncCursor> CursorAsync(CancellationToken cancellationToken) => Task.FromResult(_cursor);

        public Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken)
        {
            _cursor = cursor;
            return Task.CompletedTask;
        }

        public Task<bool> UpsertAsync(Activity activity, CancellationToken cancellationToken)
        {
            var known = Activities.GetValueOrDefault(activity.Id.Value);
            Activities[activity.Id.Value] = activity.Laps.Count == 0 && known is { Laps.Count: > 0 } ? activity with { Laps = known.Laps } : activity;
            return Task.FromResult(known is null);
        }

        public Task<bool> HasLapsAsync(long stravaId, CancellationToken cancellationToken) =>
            Task.FromResult(Activities.TryGetValue(stravaId.ToString(CultureInfo.InvariantCulture), out var a) && a.Laps.Count > 0);

        public Task<IReadOnlyList<StoredRun>> RunsWithoutLapsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StoredRun>>(Activities.Values
                .Where(a => a.Sport == Sport.Run && a.Start < before && a.Laps.Count == 0 && a.MarkedAs is null && a.Moving >= StravaActivityMapper.ShortestRunForLaps)
                .OrderByDescending(a => a.Start).Take(max).Select(a => new StoredRun(long.Parse(a.Id.Value, CultureInfo.InvariantCulture), a.Start)).ToList());

        public Task AddLapsAsync(long stravaId, IReadOnlyList<Lap> laps, CancellationToken cancellationToken)
        {
            var key = stravaId.ToString(CultureInfo.InvariantCulture);
            Activities[key] = Activities[key] with { Laps = laps };
            return Task.CompletedTask;
        }

        public Task RecordSkippedAsync(long stravaId, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<StravaTokenSet?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(_tokens);

        public Task SaveAsync(StravaTokenSet tokens, CancellationToken cancellationToken)
        {
            _tokens = tokens;
            return Task.CompletedTask;
        }

        public Task MarkDisconnectedAsync(string reason, CancellationToken cancellationToken)
        {
            _tokens = null;
            return Task.CompletedTask;
        }
    }

    private static async Task<(ServiceProvider Services, MemoryStore Store)> ConnectedAsync(StravaDouble strava)
    {
        var store = new MemoryStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(strava.Settings().ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<IStravaTokenStore>(store)
            .AddStrava(configuration, _ => secret => secret)
            .BuildServiceProvider();
        var token = await services.GetRequiredService<StravaAccount>().ExchangeCodeAsync(strava.IssueCode(), default);
        await store.SaveAsync(new StravaTokenSet(token.AccessToken, token.RefreshToken, DateTimeOffset.FromUnixTimeSeconds(token.ExpiresAt)), default);
        return (services, store);
    }

    private static StravaSync Sync(ServiceProvider services, MemoryStore store) =>
        new(services.GetRequiredService<IStravaApi>(), store, TimeProvider.System, TimeZoneInfo.Utc, services.GetRequiredService<RateBudget>());

    [Fact]
    public async Task RecentThenHistory_StoresEveryActivityOnce_WithinTheRateLimit()
    {
        var history = StravaDoubleActivity.History(450, Newest);
        using var strava = new StravaDouble(history, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;

        var recent = await Sync(services, store).RunAsync(backfill: false, default);
        var recentCount = history.Count(a => a.Start > TimeProvider.System.GetUtcNow() - StravaSync.RecentSpan);
        Assert.Equal((SyncState.UpToDate, recentCount), (recent.State, recent.New));

        var all = await Sync(services, store).RunAsync(backfill: true, default);

        Assert.Equal(SyncState.UpToDate, all.State);
        Assert.True(all.Cursor.BackfillDone);
        Assert.Equal(history.Count, store.Activities.Count);
        Assert.Equal(0, strava.Violations);
    }

    [Fact]
    public async Task HistoryLaps_UseOnlySpareCalls_ResumeNextPass_AndEndWithEveryRunThatNeedsThem()
    {
        // 300 activities over two years: about 150 older runs without a workout type need laps, a call each.
        var history = StravaDoubleActivity.History(300, Newest);
        using var strava = new StravaDouble(history, TimeSpan.FromSeconds(4), TimeSpan.FromMinutes(10), shortLimit: 60, longLimit: 1000);
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;
        var budget = services.GetRequiredService<RateBudget>();
        await Sync(services, store).RunAsync(backfill: false, default);
        var recentLaps = strava.LapCalls;

        var first = await Sync(services, store).RunAsync(backfill: true, default);

        Assert.Equal(SyncState.UpToDate, first.State); // the spare calls ran out, not the budget: nothing waits for a rate limit
        Assert.False(first.Cursor.LapsDone);
        Assert.True(first.LapsAdded > 0);
        Assert.True(budget.Used.Short <= 30 + 2, $"{budget.Used.Short} of 60 calls used in the window"); // half left for the recent sync and webhooks
        var passes = 1;
        var last = first;
        while (!last.Cursor.LapsDone && passes++ < 40)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            last = await Sync(services, store).RunAsync(backfill: true, default);
        }

        Assert.True(last.Cursor.LapsDone, $"after {passes} passes");
        var needing = history.Count(a => a.SportType is "Run" or "TrailRun" && a.WorkoutType is null or 0 && a.MovingSeconds >= 1200);
        Assert.Equal(needing, store.Activities.Values.Count(a => a.Laps.Count > 0));
        Assert.Equal(needing, strava.LapCalls); // each run's laps fetched once, the recent ones with their summaries
        Assert.True(recentLaps > 0);
        Assert.Equal(0, strava.Violations);
    }

    [Fact]
    public async Task NothingNew_CostsOneCall()
    {
        using var strava = new StravaDouble(StravaDoubleActivity.History(30, Newest), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;
        await Sync(services, store).RunAsync(backfill: true, default);
        var before = strava.ApiCalls;

        var again = await Sync(services, store).RunAsync(backfill: false, default);

        Assert.Equal((SyncState.UpToDate, 0, 1), (again.State, again.New, strava.ApiCalls - before));
    }

    [Fact]
    public async Task ARunUploadedLate_ThatStartsBeforeTheNewestStored_StillArrives()
    {
        var history = StravaDoubleActivity.History(60, Newest);
        using var strava = new StravaDouble(history, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;
        await Sync(services, store).RunAsync(backfill: true, default);

        // The watch synced five days after the run: Strava lists it by its start, behind the newest run.
        strava.Activities.Add(new StravaDoubleActivity(9_500_000_001, Newest.AddDays(-5).AddHours(2), "Run", 3, 2700, 10000, "Track intervals 8x400"));
        var pass = await Sync(services, store).RunAsync(backfill: false, default);

        Assert.Equal((SyncState.UpToDate, 1), (pass.State, pass.New));
        Assert.Contains("9500000001", store.Activities.Keys);
    }

    [Fact]
    public async Task Before2027sBaseAnswers_TheOldOneServes_AndTheNewOneIsTriedOnce()
    {
        using var strava = new StravaDouble(StravaDoubleActivity.History(30, Newest), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;

        var outcome = await Sync(services, store).RunAsync(backfill: true, default);

        Assert.Equal((SyncState.UpToDate, 30), (outcome.State, store.Activities.Count));
        Assert.Equal(1, strava.NextApiCalls); // tried once, then left alone for six hours
        Assert.False(services.GetRequiredService<StravaApiBase>().UsingNext);
    }

    [Fact]
    public async Task Once2027sBaseAnswers_EveryCallGoesThere_WithoutASettingsChange()
    {
        using var strava = new StravaDouble(StravaDoubleActivity.History(30, Newest), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10)) { NextBaseLive = true };
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;

        var outcome = await Sync(services, store).RunAsync(backfill: true, default);

        Assert.Equal((SyncState.UpToDate, 30), (outcome.State, store.Activities.Count));
        Assert.Equal(0, strava.ApiCalls);
        Assert.True(strava.NextApiCalls >= 2);
        Assert.DoesNotContain(strava.Requests, r => r.Contains("access_token=", StringComparison.Ordinal)); // tokens only in headers
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Revoking_UsesOauthRevoke_AndTheOldDeauthorizeWhileRevokeIsNotThere(bool revokeLive)
    {
        using var strava = new StravaDouble([], TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10)) { RevokeLive = revokeLive };
        var (services, store) = await ConnectedAsync(strava);
        await using var _ = services;

        var (revoked, problem) = await services.GetRequiredService<StravaAccount>().RevokeAsync((await store.LoadAsync(default))!.AccessToken, default);

        Assert.True(revoked, problem);
        Assert.Equal((revokeLive, !revokeLive), (strava.Revoked, strava.Deauthorized));
        Assert.Null(strava.AccessToken);
    }
}
