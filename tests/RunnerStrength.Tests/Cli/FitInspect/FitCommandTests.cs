using System.Diagnostics;
using System.Text.Json;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli.FitInspect;

/// <summary><c>fit inspect</c> and <c>fit bench</c> through the real executable.</summary>
public sealed class FitCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [SkippableFact]
    public async Task InspectJson_AgreesWithTheOfficialSdkOnEveryCorpusFile_AsFitcompareJudges()
    {
        var corpus = RepositoryPaths.RequireShared("fit-corpus");
        var files = Directory.GetFiles(corpus, "*.fit").Order(StringComparer.Ordinal).ToArray();

        var inspect = await RunnerStrengthProcess.RunAsync(_work.Path, ["fit", "inspect", "--json", .. files]);
        var actual = _work.Combine("actual.jsonl");
        await File.WriteAllTextAsync(actual, inspect.StandardOutput);
        var compare = await RunAsync("python3", RepositoryPaths.RequireShared("tools", "fitcompare.py"), Path.Combine(corpus, "expected.jsonl"), actual, "--verbose");

        Assert.Equal(files.Length, inspect.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(compare.ExitCode == 0, compare.StandardOutput);
        Assert.Equal($"{files.Length}/{files.Length} files agree", compare.StandardOutput.Trim());
    }

    [Fact]
    public async Task InspectJson_ReportsAFaultyFile_WithOffsetAndSalvagedCounts()
    {
        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "fit", "inspect", "--json", RepositoryPaths.Fixtures("fit", "strava-android-app-201.10-b1218918.fit"));

        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(1, result.ExitCode); // the output explains the failure
        Assert.False(root.GetProperty("decode_ok").GetBoolean());
        Assert.Equal(473, root.GetProperty("record_count").GetInt32());
        Assert.Contains(root.GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("at byte 7471: data message for local type 11", StringComparison.Ordinal));
        Assert.Equal("strava", root.GetProperty("file_id").GetProperty("manufacturer_name").GetString());
    }

    [Fact]
    public async Task Inspect_Text_SummarisesTheRun()
    {
        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "fit", "inspect", RepositoryPaths.Fixtures("fit", "garmin-fenix-5-run.fit"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("garmin-fenix-5-run.fit: ok, 5597 bytes, 1 FIT unit(s)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("session: running/generic from 2017-06-11 14:34:09Z, 57 s, 158 m, HR avg 90 max 112, 1 laps", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_MissingFile_IsBadUsage()
    {
        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "fit", "inspect", "no-such.fit");

        Assert.Equal((2, "no-such.fit: no such file or folder."), (result.ExitCode, result.StandardError.Trim()));
    }

    [Fact]
    public async Task Bench_ReportsThroughputOverAFolder()
    {
        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "fit", "bench", RepositoryPaths.Fixtures("fit"), "--repeat", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^13 files, 0\.2\d\d MB, 2 passes: [\d.]+ MB/s, \d+ records/s, \d+ messages/s", result.StandardOutput.Trim());
    }

    private static async Task<ProcessResult> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
