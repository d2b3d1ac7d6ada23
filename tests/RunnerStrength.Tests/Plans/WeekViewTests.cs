using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Tests.Plans;

/// <summary>A week is planned against what the week before really had: the sessions calendars were given.</summary>
public sealed class WeekViewTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private static AthleteContext Athlete() =>
        new(1, new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Parse("Monday=rest, Tuesday=easy, Wednesday=rest, Thursday=easy, Friday=rest, Saturday=easy, Sunday=long"), DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 120 },
            Paris, [], new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PlanOfWeek_KeepsRule16FromTheSundaySessionCalendarsWereGiven()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var weeks = scope.ServiceProvider.GetRequiredService<WeekView>();
        var unaware = await weeks.PlanOfWeekAsync(Athlete(), Monday, default);

        // Calendars were given the Sunday session at 21:00 (the long run ran late that day), not the 18:00 a
        // replan of that week in hindsight would assume.
        var sunday = new PlannedSession("rs-20261123-2@runnerstrength", Monday.AddDays(-1), new TimeOnly(21, 0),
            new Prescription("hex_bar_deadlift", [new PrescribedSet(4, 80, 96, false)], true, TimeSpan.FromMinutes(45), "4x4 @ 96 kg"), "Sunday after the long run");
        await scope.ServiceProvider.GetRequiredService<PublishedEvents>().PublishAsync(1, [sunday], Monday.AddDays(-7), Monday, default);
        var aware = await weeks.PlanOfWeekAsync(Athlete(), Monday, default);

        var sundayStart = SessionWindow.StartOf(sunday, Athlete());
        // The control: planned against the hindsight replan, Wednesday 18:00 is only 69 h after the real Sunday.
        Assert.Contains(unaware.Sessions, s => SessionWindow.StartOf(s, Athlete()) - sundayStart < TimeSpan.FromHours(72));
        Assert.All(aware.Sessions, s => Assert.True(SessionWindow.StartOf(s, Athlete()) - sundayStart >= TimeSpan.FromHours(s.Prescription.Heavy ? 72 : 48), $"{s.Date} {s.StartLocal}"));
        Assert.NotEmpty(aware.Sessions);
    }
}
