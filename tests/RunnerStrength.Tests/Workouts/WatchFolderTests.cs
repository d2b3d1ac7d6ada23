using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Configuration;
using RunnerStrength.Garmin;
using RunnerStrength.Plans;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;
using RunnerStrength.Workouts;

namespace RunnerStrength.Tests.Workouts;

/// <summary>A mounted watch gets the coming week's workouts once per change of the plan.</summary>
public sealed class WatchFolderTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly AthleteProfile Profile = new("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 120 };
    private static readonly AthleteContext Athlete = new(1, Profile, Paris, [], new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)); // Tuesday 13:00 in Paris

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private string Watch => _data.Combine("GARMIN", "NewFiles");

    private WatchFolder Folder(string? configured) => new(
        Options.Create(new GarminOptions { WatchFolder = configured }),
        new DataPaths(Options.Create(new DataOptions { DataDirectory = _data.Path }), Options.Create(new KeyRingOptions()), Options.Create(new FitOptions())),
        TimeProvider.System,
        NullLogger<WatchFolder>.Instance);

    private static CalendarEntry Entry(string uid, int day, int sequence = 0, bool cancelled = false) =>
        new(new PlannedSession(uid, new DateOnly(2026, 12, day), new TimeOnly(18, 0), Prescriber.Prescribe(Phase.Build, false, Profile), "before an easy day"), sequence, cancelled);

    private string[] Files() => [.. Directory.GetFiles(Watch, "*.fit").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public async Task TheComingWeek_IsWrittenOnce_AndAMovedSessionReplacesItsFile()
    {
        Directory.CreateDirectory(Watch);
        var folder = Folder(Watch);
        IReadOnlyList<CalendarEntry> plan = [Entry("rs-past", 1, 0) with { Session = Entry("rs-past", 1).Session with { StartLocal = new TimeOnly(7, 0) } }, Entry("rs-a", 1), Entry("rs-b", 4), Entry("rs-c", 11), Entry("rs-gone", 5, 1, cancelled: true)];

        var first = await folder.WriteAsync(Athlete, plan, default);
        var written = Files();
        var again = await folder.WriteAsync(Athlete, plan, default);
        File.Delete(Path.Combine(Watch, written[0])); // the watch took one in
        var afterTheWatchTookOne = await folder.WriteAsync(Athlete, plan, default);
        var moved = await folder.WriteAsync(Athlete, [Entry("rs-a", 1), Entry("rs-b", 5, sequence: 1)], default);

        Assert.Equal(2, first); // today's 18:00 and Friday's; not this morning's, not one 10 days ahead, not a cancelled one
        Assert.Equal(["2026-12-01-rs-a.fit", "2026-12-04-rs-b.fit"], written);
        Assert.Equal(0, again);
        Assert.Equal(0, afterTheWatchTookOne);
        Assert.Equal(1, moved);
        Assert.Equal(["2026-12-05-rs-b.fit"], Files()); // the Friday file the watch had not taken is taken back
    }

    [Fact]
    public async Task NothingIsWritten_WhenTheWatchIsNotMountedOrNoFolderIsSet()
    {
        IReadOnlyList<CalendarEntry> plan = [Entry("rs-a", 2)];

        Assert.Equal(0, await Folder(Watch).WriteAsync(Athlete, plan, default));
        Assert.Equal(0, await Folder(null).WriteAsync(Athlete, plan, default));
        Assert.False(Directory.Exists(Watch));
    }
}
