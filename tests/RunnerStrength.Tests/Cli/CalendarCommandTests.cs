using System.Diagnostics;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary><c>calendar export</c> through the real executable, checked for conformance.</summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Export_WritesTheComingSessions_AsValidICalendar()
    {
        var file = _work.Combine("plan.ics");

        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "--data", _work.Combine("data"), "calendar", "export", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Wrote \d+ sessions to ", result.StandardOutput);
        var ics = await File.ReadAllTextAsync(file);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:RunnerStrength\r\n", ics, StringComparison.Ordinal);
        Assert.True(ics.Split("BEGIN:VEVENT").Length - 1 >= 3, "three weeks of sessions");

        using var check = Process.Start(new ProcessStartInfo("/usr/bin/python3", [Path.Combine(RepositoryPaths.Root, "tests", "RunnerStrength.Calendar.Tests", "check_ics.py"), file])
        {
            RedirectStandardOutput = true,
        })!;
        var problems = await check.StandardOutput.ReadToEndAsync();
        await check.WaitForExitAsync();
        Assert.True(check.ExitCode == 0, problems);
    }
}
