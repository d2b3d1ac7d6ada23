using System.Text.Json;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary>The race verbs through the real executable on a temporary data folder.</summary>
public sealed class RaceCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private Task<ProcessResult> RunAsync(params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, ["--data", _work.Combine("data"), .. args]);

    [Fact]
    public async Task Add_ThenList_ShowsTheRace()
    {
        var add = await RunAsync("race", "add", "2027-04-18", "Paris Marathon", "--priority", "A", "--distance", "42.2");
        var list = await RunAsync("race", "list");

        Assert.Equal((0, ""), (add.ExitCode, add.StandardError));
        Assert.Equal("Added race 1: 2027-04-18 Paris Marathon (priority A, 42.2 km).", add.StandardOutput.Trim());
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("   1  2027-04-18  A     42.2 km  Paris Marathon", list.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(_work.Combine("data", "runnerstrength.db")));
    }

    [Fact]
    public async Task ListJson_PrintsOneObjectPerRace_SoonestFirst_WithDefaultPriorities()
    {
        await RunAsync("race", "add", "2027-04-18", "Paris Marathon", "--distance", "42.2");
        await RunAsync("race", "add", "2027-03-07", "Spring 10k", "--distance", "10");

        var list = await RunAsync("race", "list", "--json");

        var lines = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("2027-03-07", first.RootElement.GetProperty("date").GetString());
        Assert.Equal("C", first.RootElement.GetProperty("priority").GetString());
        Assert.Equal(10, first.RootElement.GetProperty("distance_km").GetDouble());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("Paris Marathon", second.RootElement.GetProperty("name").GetString());
        Assert.Equal("A", second.RootElement.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task AddTwice_StoresOnce()
    {
        await RunAsync("race", "add", "2027-04-18", "Paris Marathon");
        var again = await RunAsync("race", "add", "2027-04-18", "Paris Marathon");
        var list = await RunAsync("race", "list", "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("Already there: race 1", again.StandardOutput, StringComparison.Ordinal);
        Assert.Single(list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Remove_DeletesIt_AndAnUnknownIdFails()
    {
        await RunAsync("race", "add", "2027-04-18", "Paris Marathon");

        var remove = await RunAsync("race", "remove", "1");
        var again = await RunAsync("race", "remove", "1");
        var list = await RunAsync("race", "list", "--json");

        Assert.Equal((0, "Removed race 1."), (remove.ExitCode, remove.StandardOutput.Trim()));
        Assert.Equal((1, "No race has id 1; `runnerstrength race list` shows the ids."), (again.ExitCode, again.StandardError.Trim()));
        Assert.Equal("", list.StandardOutput);
    }

    [Theory]
    [InlineData(new[] { "race", "add", "2027-02-30", "Nowhere" }, "DATE must be a date as YYYY-MM-DD (got '2027-02-30').")]
    [InlineData(new[] { "race", "add", "2027-04-18", "Paris", "--priority", "Z" }, "--priority must be A, B or C (got 'Z').")]
    [InlineData(new[] { "race", "add", "2027-04-18", "Paris", "--distance", "-5" }, "--distance must be between 0.1 and 1000 km (got -5).")]
    [InlineData(new[] { "race", "list", "--bogus" }, "Unrecognized argument '--bogus'.")]
    [InlineData(new[] { "race", "list", "--RunnerStrength:DataDirectory=/tmp" }, "Unrecognized argument")] // host settings are for serve only
    public async Task BadUsage_ExitsWith2_AndOneSentence(string[] args, string expected)
    {
        var result = await RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.StandardError.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(_work.Combine("data", "runnerstrength.db")) && expected.StartsWith("DATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadConfiguration_ExitsWith2_NamingTheKey()
    {
        var result = await RunnerStrengthProcess.RunAsync(
            _work.Path,
            new Dictionary<string, string> { ["RunnerStrength__Athlete__TimeZone"] = "Mars/Olympus" },
            "--data", _work.Combine("data"), "race", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("RunnerStrength:Athlete:TimeZone must be an IANA time zone such as Europe/Paris (got 'Mars/Olympus').", result.StandardError.Trim());
    }
}
