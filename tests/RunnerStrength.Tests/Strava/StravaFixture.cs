using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Cli;
using RunnerStrength.Storage;
using RunnerStrength.Strava.Sync;
using RunnerStrength.StravaConnection;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Strava;

/// <summary>The service's store on a real SQLite file, configured against the Strava double with compressed rate-limit windows.</summary>
internal sealed class StravaFixture : IAsyncDisposable
{
    private readonly TempDirectory _data = new();

    public StravaFixture(StravaDouble strava)
    {
        Strava = strava;
        Services = StoreServices.Create(_data.Path, Settings());
    }

    public StravaDouble Strava { get; }

    public ServiceProvider Services { get; private set; }

    public string DataPath => _data.Path;

    public Dictionary<string, string?> Settings()
    {
        var settings = Strava.Settings().ToDictionary(s => s.Key, s => (string?)s.Value);
        settings["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris";
        settings["RunnerStrength:Strava:RetryDelay"] = "00:00:00.020";
        settings["RunnerStrength:Strava:CallTimeout"] = "00:00:01";
        return settings;
    }

    public static async Task<StravaFixture> StartAsync(StravaDouble strava, bool connect = true)
    {
        var fixture = new StravaFixture(strava);
        await StartedStore.PrepareAsync(fixture.Services, default);
        if (connect)
        {
            await fixture.ConnectAsync();
        }

        return fixture;
    }

    /// <summary>What the athlete does: open the authorize URL, approve, and paste the address the browser was sent to.</summary>
    public async Task ConnectAsync(string scope = "read,activity:read_all,profile:read_all")
    {
        await using var scope1 = Services.CreateAsyncScope();
        var connector = scope1.ServiceProvider.GetRequiredService<StravaConnector>();
        var authorize = await connector.BeginAsync(StravaConnector.HeadlessRedirect, default);
        await connector.CompleteAsync(Returned(authorize, $"code={Strava.IssueCode()}&scope={scope}"), default);
    }

    /// <summary>The address Strava sends the browser back to, carrying the authorize URL's state.</summary>
    public static Uri Returned(Uri authorize, string query)
    {
        var state = authorize.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "state")[1];
        return new Uri($"{StravaConnector.HeadlessRedirect}?state={state}&{query}");
    }

    public async Task<SyncOutcome?> SyncAsync(bool full, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StravaSyncPass>().SyncAsync(full, cancellationToken);
    }

    /// <summary>Syncs as the job would, waiting out each rate-limit window as the scheduled retry would.</summary>
    public async Task<List<SyncOutcome>> SyncUntilDoneAsync(bool full = true)
    {
        var outcomes = new List<SyncOutcome>();
        for (var pass = 0; pass < 100; pass++)
        {
            var outcome = await SyncAsync(full);
            if (outcome is null)
            {
                await Task.Delay(100);
                continue;
            }

            outcomes.Add(outcome);
            if (outcome.State != SyncState.WaitingForRateLimit)
            {
                return outcomes;
            }

            var wait = outcome.WaitUntil!.Value - TimeProvider.System.GetUtcNow();
            await Task.Delay(wait > TimeSpan.Zero ? wait + TimeSpan.FromMilliseconds(30) : TimeSpan.FromMilliseconds(30));
        }

        throw new InvalidOperationException("The sync did not finish in 100 passes.");
    }

    public Task<List<string>> StravaIdsAsync() => InStoreAsync(db => db.Activities.Where(a => a.Source == "strava").Select(a => a.SourceId).ToListAsync());

    public async Task<T> InStoreAsync<T>(Func<RunnerStrengthDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>());
    }

    /// <summary>A new process on the same data folder (what a restart after a crash sees).</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Services = StoreServices.Create(_data.Path, Settings());
        await StartedStore.PrepareAsync(Services, default);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Strava.Dispose();
        _data.Dispose();
    }
}
