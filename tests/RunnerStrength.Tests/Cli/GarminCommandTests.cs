using RunnerStrength.Testing;
using RunnerStrength.Testing.Garmin;
using RunnerStrength.Testing.Strava;
using RunnerStrength.Tests.EndToEnd;

namespace RunnerStrength.Tests.Cli;

/// <summary>The Garmin verbs through the real executable, against the Personal API double (and Strava's, for a run both have).</summary>
public sealed class GarminCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private readonly TempDirectory _work = new();
    private readonly GarminDouble _garmin = new(GarminDoubleActivity.History(20, Now, everyDays: 2, newestDaysAgo: 1));

    public void Dispose()
    {
        _garmin.Dispose();
        _work.Dispose();
    }

    private string Data => _work.Combine("data");

    private Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, settings, ["--data", Data, .. args]);

    [Fact]
    public async Task AKeyOnStandardInput_IsStoredEncrypted_ThenSyncPullsEveryActivityOnce()
    {
        var settings = _garmin.Settings("__", withKey: false);
        var before = await RunAsync(settings, "garmin", "status");

        var connect = await RunnerStrengthProcess.RunWithInputAsync(_work.Path, settings, GarminDouble.Key + "\n", "--data", Data, "garmin", "connect", "--expires", "2099-01-01");
        var check = await RunAsync(settings, "garmin", "check");
        var sync = await RunAsync(settings, "sync", "--full");
        var again = await RunAsync(settings, "sync");
        var status = await RunAsync(settings, "garmin", "status");

        Assert.StartsWith("Garmin: not set up", before.StandardOutput, StringComparison.Ordinal);
        Assert.True(connect.ExitCode == 0, connect.StandardError);
        Assert.True(check.ExitCode == 0, check.StandardOutput + check.StandardError);
        Assert.Contains("Key exchange: OK, fields access_token, token_type, expires_in", check.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Activity list (last 30 days, 5 at most): OK, a JSON array, 5 activities with an activityId.", check.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"Original file of \d+: \d+ bytes, a ZIP holding \d+_ACTIVITY\.fit\.", check.StandardOutput);
        Assert.True(sync.ExitCode == 0, sync.StandardError);
        Assert.Contains("Garmin: 20 new activities in", sync.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Garmin: 0 new activities in 1 calls", again.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(20, await ServiceDatabase.ScalarAsync(Data, "SELECT count(*) FROM activities"));
        Assert.Equal(20, await ServiceDatabase.ScalarAsync(Data, "SELECT count(*) FROM garmin_activities WHERE FitHash IS NOT NULL"));
        Assert.Equal(21, _garmin.Downloads.Values.Sum()); // each once by the pull, and one by the check
        Assert.StartsWith("Garmin: connected; last sync 0 min ago: 20 activities listed; history complete; up to date; key expires 2099-01-01.", status.StandardOutput, StringComparison.Ordinal);
        var database = await File.ReadAllBytesAsync(Path.Combine(Data, "runnerstrength.db"));
        Assert.False(System.Text.Encoding.UTF8.GetString(database).Contains(GarminDouble.Key, StringComparison.Ordinal), "the key is stored encrypted");
        Assert.DoesNotContain(GarminDouble.Key, connect.StandardOutput + check.StandardOutput + sync.StandardOutput + sync.StandardError + status.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunOnBothStravaAndGarmin_IsStoredOnce()
    {
        var run = _garmin.Activities[0];
        using var strava = new StravaDouble([new StravaDoubleActivity(9_001, run.StartUtc, "Run", null, 40 * 60, 7000, "Morning Run")], TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
        var settings = strava.Settings("__").Concat(_garmin.Settings("__")).ToDictionary();
        var begin = await RunAsync(settings, "strava", "connect");
        var state = System.Text.RegularExpressions.Regex.Match(begin.StandardOutput, "state=([A-Za-z0-9_-]+)").Groups[1].Value;
        await RunAsync(settings, "strava", "connect", "--returned", $"http://localhost/runnerstrength-connected?state={state}&code={strava.IssueCode()}&scope=read,activity:read_all");

        var sync = await RunAsync(settings, "sync");

        Assert.True(sync.ExitCode == 0, sync.StandardOutput + sync.StandardError);
        Assert.Contains("Strava: 1 new activities", sync.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(20, await ServiceDatabase.ScalarAsync(Data, "SELECT count(*) FROM activities")); // 20 from Garmin, the Strava copy of the first is the same run
        Assert.Equal(20, await ServiceDatabase.ScalarAsync(Data, "SELECT count(*) FROM garmin_activities"));
    }

    [Fact]
    public async Task ARefusedKey_SaysANewKeyIsNeeded_AndAnExpiringKeyIsAnnouncedAWeekAhead()
    {
        _garmin.KeyRefused = true;
        var settings = _garmin.Settings("__");
        settings["RunnerStrength__Garmin__ApiKeyExpires"] = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var sync = await RunAsync(settings, "sync");
        var status = await RunAsync(settings, "garmin", "status");
        var listsAfterRefusal = _garmin.ListCalls;
        var again = await RunAsync(settings, "sync");

        Assert.True(sync.ExitCode == 1, sync.StandardOutput);
        Assert.Contains("Garmin: WARNING: the key expires on", sync.StandardError, StringComparison.Ordinal); // in the log too
        Assert.True(sync.StandardOutput.Contains("Garmin: 0 new activities in 1 calls; disconnected: new key needed: Garmin refused the Personal API key (401)", StringComparison.Ordinal), sync.StandardOutput);
        Assert.StartsWith("Garmin: disconnected: new key needed: Garmin refused the Personal API key (401)", status.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode); // the same key is not tried again: nothing sent
        Assert.Equal(listsAfterRefusal, _garmin.ListCalls);
        Assert.Equal(1, _garmin.TokenCalls);

        _garmin.KeyRefused = false;
        var newKey = await RunnerStrengthProcess.RunWithInputAsync(_work.Path, settings, GarminDouble.Key + "\n", "--data", Data, "garmin", "connect");
        settings.Remove("RunnerStrength__Garmin__ApiKey");
        var status2 = await RunAsync(settings, "garmin", "status");
        Assert.Equal(0, newKey.ExitCode);
        Assert.Contains("WARNING: the key expires on", status2.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("in 5 days", status2.StandardOutput, StringComparison.Ordinal);
    }
}
