using System.Text.Json;
using Microsoft.Data.Sqlite;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Garmin;

namespace RunnerStrength.Tests.EndToEnd;

/// <summary>
/// The Garmin pull in the real service process: three years of runs from the Personal API double, the service
/// killed (kill -9) while the history is walked back, restarted on the same folder: every activity stored once.
/// </summary>
public sealed class GarminPullServiceTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [Fact]
    public async Task KilledMidHistory_TheRestartResumes_AndEveryActivityIsStoredOnce()
    {
        var history = GarminDoubleActivity.History(280, TimeProvider.System.GetUtcNow(), everyDays: 4).ToList();
        using var garmin = new GarminDouble(history);
        // Garmin's pace, slowed enough that the kill lands in the middle of the history.
        garmin.OnDataRequest = _ => Thread.Sleep(15);
        var data = _work.Combine("data");
        var settings = garmin.Settings("__");
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";

        var service = await ServiceProcess.StartAsync(_work.Path, data, settings);
        var port = service.Port;
        await Eventually.ReachedAsync(async () => await GarminStoredAsync(data) is > 100 and < 250, "the history under way", TimeSpan.FromSeconds(90), service);
        await service.KillAsync();
        await service.DisposeAsync();
        var beforeKill = await GarminStoredAsync(data);

        service = await ServiceProcess.StartAsync(_work.Path, data, settings, port);
        await using var _ = service;
        await Eventually.ReachedAsync(async () => await GarminStoredAsync(data) == history.Count && (await HealthAsync(service)).Contains("history complete", StringComparison.Ordinal), "the whole history", TimeSpan.FromSeconds(120), service);

        Assert.InRange(beforeKill, 100, 249);
        Assert.Equal(history.Count, await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities"));
        Assert.Equal(history.Count, await ServiceDatabase.ScalarAsync(data, "SELECT count(DISTINCT SourceId) FROM activities"));
        Assert.Equal(history.Count, garmin.Downloads.Count);
        // A kill between a download and its row may cost that one activity a second download; never more.
        Assert.True(garmin.Downloads.Values.Count(n => n > 1) <= 1, string.Join(", ", garmin.Downloads.Where(d => d.Value > 1).Select(d => d.Key)));
        Assert.Equal(0, garmin.Violations);
        Assert.Contains("\"garmin\":\"Garmin: connected; last sync", await RawHealthAsync(service), StringComparison.Ordinal);
    }

    private static Task<long> GarminStoredAsync(string data) =>
        ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM garmin_activities WHERE FitHash IS NOT NULL");

    private static async Task<string> RawHealthAsync(ServiceProcess service)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(service.BaseUrl, "/healthz"));
    }

    private static async Task<string> HealthAsync(ServiceProcess service)
    {
        using var health = JsonDocument.Parse(await RawHealthAsync(service));
        return health.RootElement.GetProperty("garmin").GetString() ?? "";
    }
}
