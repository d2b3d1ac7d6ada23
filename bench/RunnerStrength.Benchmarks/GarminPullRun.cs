using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnerStrength.Garmin;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.Testing.Garmin;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>garmin-pull N [DELAY_MS]</c>: pulls a history of N activities (one every other day) from the Personal API
/// double, each answer delayed by DELAY_MS (default 0, the double's own pace), and prints the calls and the time
/// against the floor (ceil(N/100) list calls + N downloads). Whole-pass figures, not a micro-benchmark.
/// </summary>
internal static class GarminPullRun
{
    public static async Task<int> RunAsync(int count, int delayMs)
    {
        var now = TimeProvider.System.GetUtcNow();
        using var garmin = new GarminDouble(GarminDoubleActivity.History(count, now, everyDays: 2));
        if (delayMs > 0)
        {
            garmin.OnDataRequest = _ => Thread.Sleep(delayMs);
        }

        var store = new MemoryStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(garmin.Settings().ToDictionary(s => s.Key, s => (string?)s.Value)).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<IGarminKeyStore>(store)
            .AddGarmin(configuration, _ => secret => secret).BuildServiceProvider();
        var sync = new GarminSync(services.GetRequiredService<GarminApi>(), store, services.GetRequiredService<IOptions<GarminOptions>>(), TimeProvider.System, TimeZoneInfo.Utc);

        var clock = Stopwatch.StartNew();
        var outcome = await sync.RunAsync(history: true, default);
        clock.Stop();
        var lists = garmin.ListCalls;
        var downloads = garmin.Downloads.Values.Sum();
        var floor = ((count + 99) / 100) + count;
        Console.WriteLine($"{count} activities over {count * 2} days, {delayMs} ms a call: {outcome.State}, {store.Imported} stored in {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"calls: {lists} list + {downloads} downloads + {garmin.TokenCalls} token = {lists + downloads + garmin.TokenCalls}; floor {floor} ({(count + 99) / 100} list + {count} downloads)");
        return outcome.State == GarminSyncState.UpToDate && store.Imported == count ? 0 : 1;
    }

    private sealed class MemoryStore : IGarminKeyStore, IGarminSyncStore
    {
        private readonly HashSet<long> _known = [];
        private GarminSyncCursor _cursor = new();
        private GarminToken? _token;

        public int Imported { get; private set; }

        public Task<string?> StoredKeyAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task<GarminToken?> LoadTokenAsync(CancellationToken cancellationToken) => Task.FromResult(_token);

        public Task SaveTokenAsync(GarminToken token, CancellationToken cancellationToken)
        {
            _token = token;
            return Task.CompletedTask;
        }

        public Task MarkKeyRefusedAsync(string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<GarminSyncCursor> CursorAsync(CancellationToken cancellationToken) => Task.FromResult(_cursor);

        public Task SaveCursorAsync(GarminSyncCursor cursor, CancellationToken cancellationToken)
        {
            _cursor = cursor;
            return Task.CompletedTask;
        }

        public Task<bool> IsKnownAsync(long activityId, CancellationToken cancellationToken) => Task.FromResult(_known.Contains(activityId));

        public Task<bool> ImportAsync(long activityId, byte[] fit, CancellationToken cancellationToken)
        {
            _known.Add(activityId);
            Imported++;
            return Task.FromResult(true);
        }

        public Task RecordSkippedAsync(long activityId, string reason, CancellationToken cancellationToken)
        {
            _known.Add(activityId);
            return Task.CompletedTask;
        }
    }
}
