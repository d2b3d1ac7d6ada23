using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.Testing.Garmin;

namespace RunnerStrength.Garmin.Tests;

/// <summary>The pull against the Personal API double, through the adapter's own clients (AddGarmin), over an in-memory store.</summary>
public sealed class GarminPullTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    private static (ServiceProvider Services, MemoryGarminStore Store) Build(GarminDouble garmin, Dictionary<string, string>? extra = null, bool withKey = true)
    {
        var store = new MemoryGarminStore();
        var settings = garmin.Settings(withKey: withKey);
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<IGarminKeyStore>(store)
            .AddGarmin(configuration, _ => secret => secret)
            .BuildServiceProvider();
        return (services, store);
    }

    private static GarminSync Sync(ServiceProvider services, MemoryGarminStore store) =>
        new(services.GetRequiredService<GarminApi>(), store, services.GetRequiredService<IOptions<GarminOptions>>(), TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    [Fact]
    public async Task RecentThenHistory_DownloadsEachActivityOnce_AtTheFloorOfCalls()
    {
        // 250 runs every third day: about two years, so the history takes more than one 366-day window.
        using var garmin = new GarminDouble(GarminDoubleActivity.History(250, Now, everyDays: 3));
        var (services, store) = Build(garmin);
        await using var _ = services;

        var first = await Sync(services, store).RunAsync(history: true, default);
        var downloadsAfterFirst = garmin.Downloads.Values.Sum();
        var listsAfterFirst = garmin.ListCalls;
        var again = await Sync(services, store).RunAsync(history: false, default);
        var historyAgain = await Sync(services, store).RunAsync(history: true, default);

        Assert.Equal(GarminSyncState.UpToDate, first.State);
        Assert.Equal(250, store.Imported.Count);
        Assert.Equal(250, downloadsAfterFirst);
        Assert.All(garmin.Downloads.Values, n => Assert.Equal(1, n));
        Assert.True(store.Cursor.HistoryDone);
        Assert.Equal(3, store.Cursor.EmptyWindows);
        // Floor: ceil(250/100) list pages; the windows add one short page each (recent, overlap, three history years, three empty ones).
        Assert.InRange(listsAfterFirst, 3, 3 + 8);
        Assert.Equal((GarminSyncState.UpToDate, 0, 250), (again.State, again.New, garmin.Downloads.Values.Sum()));
        Assert.Equal(1, garmin.ListCalls - listsAfterFirst); // nothing new: one page of the last two weeks, and the finished history costs nothing
        Assert.Equal((GarminSyncState.UpToDate, 0), (historyAgain.State, historyAgain.Calls));
        Assert.Equal(1, garmin.TokenCalls);
        Assert.All(garmin.Requests.Where(r => r.Contains("limit=", StringComparison.Ordinal)), r => Assert.Contains("limit=100", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AYearOrTwoWithoutRunning_IsWalkedThrough_AndThreeEmptyYearsEndTheHistory()
    {
        var recent = GarminDoubleActivity.History(10, Now, everyDays: 7);
        var beforeTheBreak = GarminDoubleActivity.History(5, Now, firstId: 30_000_000_000, newestDaysAgo: (365 * 3) + 40, everyDays: 5);
        var longAgo = GarminDoubleActivity.History(3, Now, firstId: 40_000_000_000, newestDaysAgo: 365 * 8, everyDays: 5);
        using var garmin = new GarminDouble([.. recent, .. beforeTheBreak, .. longAgo]);
        var (services, store) = Build(garmin);
        await using var _ = services;

        var outcome = await Sync(services, store).RunAsync(history: true, default);

        Assert.Equal(GarminSyncState.UpToDate, outcome.State);
        Assert.Equal(15, store.Imported.Count); // the runs after a two-year break are found
        Assert.DoesNotContain(store.Imported.Keys, id => id >= 40_000_000_000); // three empty years ended the walk before these
        Assert.True(store.Cursor.HistoryDone);
    }

    [Fact]
    public async Task HistoryStart_EndsTheWalkThere()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(60, Now, everyDays: 10));
        var start = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-300);
        var (services, store) = Build(garmin, new() { ["RunnerStrength:Garmin:HistoryStart"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        await using var _ = services;

        await Sync(services, store).RunAsync(history: true, default);

        Assert.True(store.Cursor.HistoryDone);
        Assert.Equal(31, store.Imported.Count); // one run every ten days, back to day -300 itself
        Assert.DoesNotContain(garmin.Requests, r => r.Contains("endDate=" + start.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A429_IsWaitedOut_NothingIsSentBeforeItsRetryAfter_ThenThePullResumes()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(30, Now, everyDays: 2));
        var (services, store) = Build(garmin);
        await using var _ = services;
        garmin.RateLimitNext(2);

        var stopped = await Sync(services, store).RunAsync(history: false, default);
        var requestsBefore = garmin.Requests.Count;
        var stillClosed = await Sync(services, store).RunAsync(history: false, default);
        var requestsWhileClosed = garmin.Requests.Count - requestsBefore;
        await Task.Delay(stopped.WaitUntil!.Value - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(200));
        var resumed = await Sync(services, store).RunAsync(history: false, default);

        Assert.Equal(GarminSyncState.WaitingForRateLimit, stopped.State);
        Assert.InRange(stopped.WaitUntil!.Value, TimeProvider.System.GetUtcNow().AddSeconds(-5), TimeProvider.System.GetUtcNow().AddSeconds(3));
        Assert.Equal(GarminSyncState.WaitingForRateLimit, stillClosed.State);
        Assert.Equal(0, requestsWhileClosed);
        Assert.Equal(0, garmin.Violations);
        Assert.Equal(GarminSyncState.UpToDate, resumed.State);
        Assert.Equal(30, store.Imported.Count);
    }

    [Fact]
    public async Task AnExpiredToken_IsRenewedOnce_AndServerErrorsAreRetried()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(12, Now, everyDays: 2));
        var (services, store) = Build(garmin);
        await using var _ = services;
        await Sync(services, store).RunAsync(history: false, default);
        garmin.Activities.AddRange(GarminDoubleActivity.History(2, Now, firstId: 50_000_000_000, newestDaysAgo: 0));

        garmin.ExpireTokens();
        garmin.FailNext(2, 503);
        var outcome = await Sync(services, store).RunAsync(history: false, default);

        Assert.Equal((GarminSyncState.UpToDate, 2), (outcome.State, outcome.New));
        Assert.Equal(14, store.Imported.Count);
        Assert.Equal(2, garmin.TokenCalls);
        Assert.Null(store.Refused);
    }

    [Fact]
    public async Task ARefusedKey_StopsThePull_WithANewKeyNeeded()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(5, Now)) { KeyRefused = true };
        var (services, store) = Build(garmin);
        await using var _ = services;

        var outcome = await Sync(services, store).RunAsync(history: true, default);

        Assert.Equal(GarminSyncState.KeyRefused, outcome.State);
        Assert.Contains("Create a new key on Garmin Connect web", store.Refused, StringComparison.Ordinal);
        Assert.Empty(store.Imported);
        Assert.Equal(0, garmin.ListCalls);
    }

    [Fact]
    public async Task TheKeyFromGarminConnect_IsUsedWhenNoneIsConfigured_AndATokenWithoutLifetimeReadsTheJwt()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(3, Now)) { CamelCaseTokenWithoutLifetime = true };
        var (services, store) = Build(garmin, withKey: false);
        await using var _ = services;
        store.StoredKey = GarminDouble.Key;

        var outcome = await Sync(services, store).RunAsync(history: false, default);

        Assert.Equal(GarminSyncState.UpToDate, outcome.State);
        Assert.Equal(3, store.Imported.Count);
        Assert.InRange(store.Token!.ExpiresAt, Now.AddHours(23), Now.AddHours(25));
    }

    [Fact]
    public async Task RealRecordings_ZippedOrRaw_AreImported_AndAnUnreadableDownloadIsSkippedWithItsReason()
    {
        using var garmin = new GarminDouble(
        [
            GarminDoubleActivity.Fixture(1, "garmin-fenix-5-run.fit", Now.AddDays(-3)),
            GarminDoubleActivity.Fixture(2, "garmin-fenix-5-walk.fit", Now.AddDays(-4), zipped: false),
            new GarminDoubleActivity(3, Now.AddDays(-5), "running", "<html>maintenance</html>"u8.ToArray(), Zipped: false),
        ]);
        var (services, store) = Build(garmin);
        await using var _ = services;

        await Sync(services, store).RunAsync(history: false, default);

        Assert.Equal([1L, 2L], store.Imported.Keys.Order());
        Assert.Equal(Training.Activities.Sport.Run, store.Imported[1].Sport);
        Assert.Equal(Training.Activities.Sport.Walk, store.Imported[2].Sport);
        Assert.StartsWith("its download is neither a ZIP nor a FIT file", store.Skipped[3], StringComparison.Ordinal);
    }
}
