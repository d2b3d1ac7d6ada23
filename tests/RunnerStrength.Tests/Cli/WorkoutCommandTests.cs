using System.Text.Json;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary><c>workout export</c> through the real executable: one FIT workout per session of the week, as <c>plan --json</c> has them.</summary>
public sealed class WorkoutCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private Task<ProcessResult> RunAsync(params string[] args) =>
        RunnerStrengthProcess.RunAsync(_work.Path, new Dictionary<string, string> { ["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar", ["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "120" }, ["--data", _work.Combine("data"), .. args]);

    [Fact]
    public async Task Export_WritesOneWorkoutPerSessionOfTheWeek_WithItsSetsAndLoads()
    {
        var plan = await RunAsync("plan", "--week", "2027-03-01", "--json");
        var export = await RunAsync("workout", "export", "--week", "2027-03-03", "--out", _work.Combine("NewFiles"));

        using var json = JsonDocument.Parse(plan.StandardOutput);
        var sessions = json.RootElement.GetProperty("sessions").EnumerateArray().ToList();
        var files = Directory.GetFiles(_work.Combine("NewFiles"), "*.fit").Order(StringComparer.Ordinal).ToList();
        Assert.True(export.ExitCode == 0, export.StandardError);
        Assert.Equal(sessions.Count, files.Count);
        Assert.NotEmpty(files);
        foreach (var (file, session) in files.Zip(sessions))
        {
            var collector = new Collector();
            var result = FitDecoder.Decode(await File.ReadAllBytesAsync(file), collector);
            var sets = collector.Steps.Where(s => s.Reps is not null).ToList();
            Assert.True(result.IntegrityOk && result.Errors.Count == 0, file);
            Assert.Contains(session.GetProperty("date").GetString()!, Path.GetFileName(file), StringComparison.Ordinal);
            Assert.Equal(session.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("reps").GetInt32()), sets.Select(s => s.Reps!.Value));
            Assert.Equal(session.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("load_kg").GetDouble()), sets.Select(s => s.Kg!.Value));
            Assert.All(sets, s => Assert.Equal(17, s.Exercise)); // trap_bar_deadlift
        }
    }

    [Fact]
    public async Task Export_NamesABadWeek()
    {
        var export = await RunAsync("workout", "export", "--week", "2027-02-30", "--out", _work.Combine("out"));

        Assert.Equal(2, export.ExitCode);
        Assert.StartsWith("--week ", export.StandardError, StringComparison.Ordinal);
    }

    private sealed class Collector : IFitMessageSink
    {
        public List<(int? Reps, double? Kg, long? Exercise)> Steps { get; } = [];

        public void OnMessage(FitMessage message)
        {
            if (message.GlobalNumber == 27)
            {
                var reps = message.GetRaw(1) == 29 ? (int?)message.GetRaw(2) : null;
                Steps.Add((reps, message.GetValue(12), message.GetRaw(11)));
            }
        }
    }
}
