using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Testing;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Tests.Storage;

/// <summary>A database made by the previous schema is brought up to date at start without losing or changing a row.</summary>
public sealed class UpgradeTests : IDisposable
{
    // Two migrations back: the upgrade crosses a schema change (plan_changes) and a model-only one (instants as DateTimeOffset).
    private const string PreviousMigration = "20261127071850_StrengthLog";
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task Start_OnThePreviousSchema_MigratesAndKeepsEveryRow()
    {
        var file = Path.Combine(_data.Path, "runnerstrength.db");
        await using (var previous = new SqliteStoreContext(new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite($"Data Source={file};Pooling=False").Options))
        {
            await previous.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            await previous.Database.ExecuteSqlRawAsync("""
                INSERT INTO athletes (Id, CreatedAt, TimeZone, StrengthTime, WeeklyTemplate, DeadliftStage, HasHexBar, HasBarbell, KettlebellsKg, SmallestPlateKg, OneRepMaxKg)
                VALUES (1, '2026-11-01 00:00:00+00:00', 'Europe/Paris', '18:00:00', 'Monday=rest, Tuesday=easy, Wednesday=rest, Thursday=easy, Friday=rest, Saturday=rest, Sunday=long', 'HexBar', 1, 1, '8,16,24', 1.25, 120);
                INSERT INTO races (AthleteId, Date, Name, DistanceKm, Priority) VALUES (1, '2027-04-18', 'Paris Marathon', 42.2, 'A');
                INSERT INTO activities (AthleteId, Source, SourceId, Sport, StartUnixSeconds, LocalStart, ElapsedSeconds, MovingSeconds, DistanceM, IsIndoor, Name, WorkoutType, DetailsJson)
                VALUES (1, 'strava', '123', 'Run', 1764399600, '2025-11-29 08:00:00', 6600, 6500, 22000, 0, 'Long run', 2, '{{}}');
                INSERT INTO published_events (AthleteId, Uid, Date, Sequence, Cancelled, ContentHash, SessionJson) VALUES (1, 'rs-20261130-1@runnerstrength', '2026-11-30', 3, 0, 'abc', '{{}}');
                INSERT INTO activities (AthleteId, Source, SourceId, Sport, StartUnixSeconds, LocalStart, ElapsedSeconds, MovingSeconds, DistanceM, IsIndoor, Name, WorkoutType, DetailsJson)
                VALUES (1, 'fit', 'abcd1234', 'Strength', 1764435600, '2025-11-29 18:00:00', 2400, 2400, NULL, 1, 'training (strength_training)', NULL, '{{}}');
                INSERT INTO strength_log (AthleteId, Date, Exercise, SetsJson, Failed, Pain, Source) VALUES
                    (1, '2025-11-29', 'hex_bar_deadlift', '[]', 0, 0, 'fit:abcd1234'),
                    (1, '2025-11-20', 'hex_bar_deadlift', '[]', 0, 0, 'fit:deleted0'),
                    (1, '2025-11-25', 'hex_bar_deadlift', '[]', 0, 0, 'manual');
                """);
        }

        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        var runs = await scope.ServiceProvider.GetRequiredService<ActivityStore>().BetweenAsync(1, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, default);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal((1, 120.0, "Paris Marathon"), (await db.Athletes.CountAsync(), athlete.Profile.OneRepMaxKg, athlete.Races.Single().Name));
        var run = runs.Single(r => r.Sport == Sport.Run);
        Assert.Equal(("Long run", AthleteMark.LongRun, 22000.0), (run.Name, run.MarkedAs, run.DistanceM));
        Assert.Equal(3, (await db.PublishedEvents.SingleAsync()).Sequence);
        Assert.Equal(0, await db.PlanChanges.CountAsync()); // the table the last migration added
        var strengthActivity = await db.Activities.SingleAsync(a => a.SourceId == "abcd1234");
        Assert.Equal(
            [$"activity:{strengthActivity.Id}", "fit:deleted0", "manual"],
            await db.StrengthLog.OrderBy(l => l.Source).Select(l => l.Source).ToListAsync()); // FIT entries keyed by their stored activity
    }
}
