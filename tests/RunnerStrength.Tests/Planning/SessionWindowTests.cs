using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Planning;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Tests.Planning;

public sealed class SessionWindowTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Theory]
    [InlineData("Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long")]
    [InlineData("Monday=easy, Tuesday=rest, Wednesday=interval, Thursday=tempo, Friday=tempo, Saturday=interval, Sunday=easy")] // planned week by week alone, Sunday and Tuesday would both be chosen
    public async Task Entries_AcrossWeekBoundaries_KeepHeavySessions72HoursApart(string template)
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Parse(template), DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 120 };
        var athlete = new AthleteContext(1, profile, zone, [], new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

        var entries = await scope.ServiceProvider.GetRequiredService<SessionWindow>().EntriesAsync(athlete, weeksBack: 2, weeksAhead: 4, default);

        var starts = entries.Select(e => e.Session.Date.ToDateTime(e.Session.StartLocal)).Select(l => new DateTimeOffset(l, zone.GetUtcOffset(l))).Order().ToList();
        Assert.True(starts.Count >= 6);
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromHours(72), $"{p.First} and {p.Second}"));
    }
}
