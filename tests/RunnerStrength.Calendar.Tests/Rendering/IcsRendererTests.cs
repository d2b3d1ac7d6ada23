using System.Diagnostics;
using System.Text;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Calendar.Tests.Rendering;

public sealed class IcsRendererTests : IDisposable
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    /// <summary>A real plan: the default week, hex bar 1RM 125 kg, in Paris.</summary>
    private static Plan PlanFor(DateOnly monday)
    {
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 125 };
        return new Planner().Plan(new PlanningInput(monday, monday.AddDays(-1), profile, Paris, [], [], []));
    }

    private static string Render(Plan plan, int sequence = 0, bool cancelled = false) =>
        IcsRenderer.Render(plan.Sessions.Select(s => new CalendarEntry(s, sequence, cancelled)), new CalendarRenderOptions("Europe/Paris"), Stamp);

    [Fact]
    public void Render_OneEventPerSession_WithStableUidLocalTimesAndAReadableSummary()
    {
        var plan = PlanFor(new DateOnly(2026, 11, 30));

        var calendar = Ical.Net.Calendar.Load(Render(plan, sequence: 3))!;

        Assert.Equal(plan.Sessions.Select(s => s.Uid), calendar.Events.Select(e => e.Uid));
        var thursday = calendar.Events.First();
        Assert.Equal("Hex bar deadlift 4×4 @ 100 kg", thursday.Summary);
        Assert.Equal(3, thursday.Sequence);
        Assert.Equal(("Europe/Paris", 18, 3), (thursday.Start!.TzId, thursday.Start.Hour, thursday.Start.Day));
        Assert.NotNull(thursday.End);
        Assert.Null(thursday.Duration); // DTEND, not DURATION (iCloud)
        Assert.Contains("Warm-up: 5 × 50 kg (40 %)", thursday.Description, StringComparison.Ordinal);
        Assert.Contains("Why this day: Thursday is a key day (tempo)", thursday.Description, StringComparison.Ordinal);
        Assert.Equal(["Strength", "RunnerStrength"], thursday.Categories);
        Assert.Single(thursday.Alarms);
    }

    [Fact]
    public void Render_SameInput_SameBytes()
    {
        var plan = PlanFor(new DateOnly(2026, 11, 30));

        Assert.Equal(Render(plan), Render(plan));
    }

    [Fact]
    public void Render_CancelledSession_IsMarkedCancelled_WithoutAlarm()
    {
        var calendar = Ical.Net.Calendar.Load(Render(PlanFor(new DateOnly(2026, 11, 30)), sequence: 1, cancelled: true))!;

        Assert.All(calendar.Events, e => Assert.Equal("CANCELLED", e.Status));
        Assert.All(calendar.Events, e => Assert.Empty(e.Alarms));
    }

    [Theory]
    [InlineData("2026-11-30")] // an ordinary winter week
    [InlineData("2026-10-19")] // the week summer time ends in Paris
    [InlineData("2027-03-22")] // the week summer time starts
    public void Render_PassesTheConformanceChecks(string monday)
    {
        var file = _work.Combine("plan.ics");
        File.WriteAllText(file, Render(PlanFor(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture))), new UTF8Encoding(false));

        var (exitCode, output) = Python(Path.Combine(AppContext.BaseDirectory, "check_ics.py"), file);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void ConformanceCheck_CanFail()
    {
        var file = _work.Combine("broken.ics");
        File.WriteAllText(file, "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20261203T180000\nEND:VEVENT\nEND:VCALENDAR\n");

        var (exitCode, output) = Python(Path.Combine(AppContext.BaseDirectory, "check_ics.py"), file);

        Assert.Equal(1, exitCode);
        Assert.Contains("CRLF", output, StringComparison.Ordinal);
        Assert.Contains("TZID Mars/Olympus has no VTIMEZONE", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Python(params string[] args)
    {
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit(30_000);
        return (process.ExitCode, output);
    }
}
