using System.Text.Json;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli.Coaching;

/// <summary><c>import</c>, <c>classify</c> and <c>plan</c> through the real executable, on the fixture FIT files.</summary>
public sealed class TrainingCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private Task<ProcessResult> RunAsync(params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, ["--data", _work.Combine("data"), .. args]);

    [Fact]
    public async Task Import_StoresEachActivityOnce_AndNamesTheFilesItCannotUse()
    {
        var first = await RunAsync("import", RepositoryPaths.Fixtures("fit"));
        var again = await RunAsync("import", RepositoryPaths.Fixtures("fit", "garmin-fenix-5-run.fit"));

        Assert.Equal(1, first.ExitCode); // two fixtures hold no activity: said, and the rest imported
        Assert.Contains("garmin-fenix-5-run.fit: imported fit:db12d0986f3b7078 run", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("MonitoringFile.fit: not imported: it holds no activity session.", first.StandardError, StringComparison.Ordinal);
        Assert.Contains("strava-android-app-201.10-b1218918.fit: damaged (at byte 4:", first.StandardError, StringComparison.Ordinal);
        // The Edge 820 and the fenix 5 recorded the same ride: stored once.
        Assert.Contains("garmin-fenix-5-bike.fit: already known", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal((0, "already known fit:db12d0986f3b7078"), (again.ExitCode, again.StandardOutput.Split(": ")[1].Split(" run")[0]));
    }

    [Fact]
    public async Task ClassifyJson_GivesEveryRunItsKindAndReason()
    {
        await RunAsync("import", RepositoryPaths.Fixtures("fit", "compressed-speed-distance.fit"), RepositoryPaths.Fixtures("fit", "garmin-fenix-5-run.fit"));

        var result = await RunAsync("classify", "--weeks", "2000", "--json");

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, result.ExitCode);
        var fr70 = lines.Single(l => l.GetProperty("id").GetString() == "fit:bdb23e5a3cde464f");
        // Its laps alternate 4:51/km and 8:28/km: intervals.
        Assert.Equal(("run", "interval", true), (fr70.GetProperty("sport").GetString(), fr70.GetProperty("kind").GetString(), fr70.GetProperty("key").GetBoolean()));
        Assert.Equal(10249, fr70.GetProperty("distance_m").GetDouble());
        Assert.StartsWith("KEY/interval: rule 6 - 7 fast laps at 4:51/km alternating with 4 slow at 8:28/km", fr70.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var fenix = lines.Single(l => l.GetProperty("id").GetString() == "fit:db12d0986f3b7078");
        Assert.Equal(("easy", false), (fenix.GetProperty("kind").GetString(), fenix.GetProperty("key").GetBoolean()));
    }

    [Fact]
    public async Task PlanJson_ForTheWeekOfRecordedIntervals_PlacesSessionsWithReasons()
    {
        await RunAsync("import", RepositoryPaths.Fixtures("fit", "compressed-speed-distance.fit"));

        var result = await RunAsync("plan", "--week", "1990-07-18", "--json");

        using var plan = JsonDocument.Parse(result.StandardOutput);
        var root = plan.RootElement;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1990-07-16", root.GetProperty("week_start").GetString());
        Assert.Equal(7, root.GetProperty("days").GetArrayLength());
        var wednesday = root.GetProperty("days")[2];
        Assert.Equal(("key", "interval"), (wednesday.GetProperty("running").GetString(), wednesday.GetProperty("kind").GetString()));
        var sessions = root.GetProperty("sessions").EnumerateArray().ToList();
        Assert.NotEmpty(sessions);
        Assert.All(sessions, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("reason").GetString())));
        Assert.DoesNotContain(sessions, s => s.GetProperty("date").GetString() == "1990-07-17"); // rule 13: not the day before the intervals
        Assert.StartsWith("rs-19900716-1@", sessions[0].GetProperty("uid").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_BadWeek_IsBadUsage()
    {
        var result = await RunAsync("plan", "--week", "next monday");

        Assert.Equal((2, "--week must be a date as YYYY-MM-DD (got 'next monday')."), (result.ExitCode, result.StandardError.Trim()));
    }
}
