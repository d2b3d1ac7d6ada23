using System.Globalization;
using System.Text.Json;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary><c>log</c>, <c>log list</c>, <c>log remove</c> through the executable: what is logged feeds the plan's loads.</summary>
public sealed class LogCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris",
        ["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar",
    };

    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private Task<ProcessResult> RunAsync(params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, Settings, ["--data", _work.Combine("data"), .. args]);

    [Fact]
    public async Task LogListRemove_KeepTheLog_AndThePlanTakesItsLoads()
    {
        var yesterday = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var logged = await RunAsync("log", yesterday, "4x5@100", "--rpe", "7");
        var second = await RunAsync("log", yesterday, "5x100, 3x110", "--exercise", "barbell", "--pain", "--missed");
        var list = await RunAsync("log", "list", "--json");
        var plan = await RunAsync("plan", "--json");

        Assert.True(logged.ExitCode == 0, logged.StandardError);
        Assert.Equal($"Logged 4 sets of hex bar deadlift on {yesterday}; the plan follows.", logged.StandardOutput.Trim());
        Assert.Equal(0, second.ExitCode);
        var entries = list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("barbell_deadlift", true, true, "form"), (entries[0].GetProperty("exercise").GetString(), entries[0].GetProperty("pain").GetBoolean(), entries[0].GetProperty("missed").GetBoolean(), entries[0].GetProperty("source").GetString()));
        Assert.Equal([100.0, 100, 100, 100], entries[1].GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("load_kg").GetDouble()));
        Assert.All(entries[1].GetProperty("sets").EnumerateArray(), s => Assert.Equal(7, s.GetProperty("rpe").GetDouble()));
        Assert.Contains("\"load_kg\":", plan.StandardOutput, StringComparison.Ordinal); // a 1RM estimated from the log gives loads

        var removed = await RunAsync("log", "remove", entries[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture));
        var missing = await RunAsync("log", "remove", "999");
        var after = await RunAsync("log", "list");

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No logged session has id 999", missing.StandardError, StringComparison.Ordinal);
        Assert.Single(after.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2099-01-01", "4x5@100", "Not logged: a session cannot be logged before it happened.")]
    [InlineData("2026-12-01", "four sets", "Not logged: 'four sets' is not a set")]
    [InlineData("yesterday", "4x5@100", "Not logged: a date (YYYY-MM-DD) is needed.")]
    public async Task BadInput_IsRefusedWithASentence_AndNothingIsLogged(string date, string sets, string expected)
    {
        var result = await RunAsync("log", date, sets);
        var list = await RunAsync("log", "list", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", list.StandardOutput.Trim());
    }
}
