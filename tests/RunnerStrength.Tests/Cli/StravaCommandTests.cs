using System.Text.RegularExpressions;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Cli;

/// <summary>The headless connection and a sync through the real executable, against the Strava double.</summary>
public sealed partial class StravaCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();
    private readonly StravaDouble _strava = new(StravaDoubleActivity.History(25, TimeProvider.System.GetUtcNow().AddHours(-3)), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));

    public void Dispose()
    {
        _strava.Dispose();
        _work.Dispose();
    }

    private Dictionary<string, string> Settings() => _strava.Settings("__");

    private Task<ProcessResult> RunAsync(params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, Settings(), ["--data", _work.Combine("data"), .. args]);

    [Fact]
    public async Task ConnectHeadless_ThenSyncStatusAndDisconnect()
    {
        var begin = await RunAsync("strava", "connect");
        var state = StateOf().Match(begin.StandardOutput).Groups[1].Value;
        var returned = $"http://localhost/runnerstrength-connected?state={state}&code={_strava.IssueCode()}&scope=read,activity:read_all,profile:read_all";

        var connected = await RunAsync("strava", "connect", "--returned", returned);
        var sync = await RunAsync("sync", "--full");
        var status = await RunAsync("strava", "status");
        var disconnected = await RunAsync("strava", "disconnect");
        var after = await RunAsync("strava", "status");

        Assert.Equal(0, begin.ExitCode);
        Assert.Contains(_strava.AuthorizeUrl + "?client_id=4242&redirect_uri=http%3A%2F%2Flocalhost%2Frunnerstrength-connected", begin.StandardOutput, StringComparison.Ordinal);
        Assert.True(connected.ExitCode == 0, connected.StandardError);
        Assert.StartsWith("Connected to Strava as Ada (athlete 777) with read,activity:read_all,profile:read_all.", connected.StandardOutput, StringComparison.Ordinal);
        Assert.True(sync.ExitCode == 0, sync.StandardError);
        Assert.Matches(@"^Strava: 25 new activities in \d+ calls; 25 activities received; history complete; history laps complete; up to date\.", sync.StandardOutput);
        Assert.StartsWith("Strava: connected (athlete 777, scopes read,activity:read_all,profile:read_all); last sync 0 min ago", status.StandardOutput, StringComparison.Ordinal);
        Assert.StartsWith("Disconnected from Strava: tokens deleted, 25 Strava activities deleted", disconnected.StandardOutput, StringComparison.Ordinal);
        Assert.True(_strava.Deauthorized);
        Assert.StartsWith("Strava: not connected", after.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(StravaDouble.ClientSecret, begin.StandardOutput + connected.StandardOutput + sync.StandardOutput + sync.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectWithAnotherConnectionsAddress_IsRefusedInOneSentence()
    {
        await RunAsync("strava", "connect");

        var result = await RunAsync("strava", "connect", "--returned", "http://localhost/runnerstrength-connected?state=not-ours&code=abc&scope=read,activity:read_all");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("This address does not belong to a connection started here in the last 15 minutes: start again.", result.StandardError.Trim());
    }

    [GeneratedRegex("state=([A-Za-z0-9_-]+)")]
    private static partial Regex StateOf();
}
