using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Plans;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Tests.Plans;

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
    public async Task Publish_AcrossWeekBoundaries_KeepsSessionsApart(string template)
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Parse(template), DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 120 };
        var athlete = new AthleteContext(1, profile, zone, [], new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

        var entries = await scope.ServiceProvider.GetRequiredService<SessionWindow>().PublishAsync(athlete, default);

        // Rule 16: heavy sessions 72 h apart, light ones (deload weeks) 48 h.
        var sessions = entries.Select(e => (Start: LocalTime.Instant(e.Session.Date, e.Session.StartLocal, zone), e.Session.Prescription.Heavy)).OrderBy(s => s.Start).ToList();
        Assert.True(sessions.Count >= 6);
        Assert.All(sessions.Zip(sessions.Skip(1)), p => Assert.True(
            p.Second.Start - p.First.Start >= TimeSpan.FromHours(p.First.Heavy && p.Second.Heavy ? 72 : 48), $"{p.First} and {p.Second}"));
    }
}
