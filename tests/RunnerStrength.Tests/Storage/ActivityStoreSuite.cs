using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Testing;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Tests.Storage;

/// <summary>Run on SQLite and on PostgreSQL: the suite is the provider's contract.</summary>
public abstract class ActivityStoreSuite(StoreBackend backend) : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 17, 2, 11, TimeSpan.Zero);

    public void Dispose()
    {
        backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Activity Run(ActivitySource source, string id, DateTimeOffset start, double minutes) =>
        ActivityBuilder.Run(source, id, start, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes - 1), Paris) with
        {
            DistanceM = 11200,
            AverageHeartRate = 151,
            Name = "Tuesday 6x1k",
            Laps = [new Lap(TimeSpan.FromSeconds(235), 1000) { Intensity = LapIntensity.Active, AverageHeartRate = 170 }],
            HeartRate = TimeDistribution.From(1, [(140, TimeSpan.FromMinutes(30)), (172, TimeSpan.FromMinutes(12))]),
            StrengthSets = [],
        };

    [SkippableFact]
    public async Task Add_RoundTripsEveryPart()
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ActivityStore>();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
        var run = Run(ActivitySource.Strava, "123456", Start, 62);

        var (_, added) = await store.AddAsync(athleteId, run, default);
        var stored = Assert.Single(await store.BetweenAsync(athleteId, Start.AddDays(-1), Start.AddDays(1), default));

        Assert.True(added);
        Assert.Equal((run.Id, run.Start, run.LocalStart, run.Moving, run.DistanceM), (stored.Id, stored.Start, stored.LocalStart, stored.Moving, stored.DistanceM));
        Assert.Equal(LapIntensity.Active, Assert.Single(stored.Laps).Intensity);
        Assert.Equal(TimeSpan.FromMinutes(12), stored.HeartRate!.TimeAtOrAbove(170));
    }

    [SkippableTheory]
    [InlineData(ActivitySource.Strava, "123456", 0, 62, false)] // the same Strava activity again
    [InlineData(ActivitySource.Fit, "abc", 40, 61, false)]      // the watch's FIT file of the same run: 40 s later, a minute shorter
    [InlineData(ActivitySource.Fit, "def", 600, 62, true)]      // ten minutes later: another run
    [InlineData(ActivitySource.Fit, "ghi", 30, 30, true)]       // same start but half as long: not the same run
    public async Task Add_TheSameRunFromAnotherSource_IsStoredOnce(ActivitySource source, string id, int secondsLater, double minutes, bool expectedAdded)
    {
        await using var services = await backend.CreatePreparedAsync();
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ActivityStore>();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
        await store.AddAsync(athleteId, Run(ActivitySource.Strava, "123456", Start, 62), default);

        var (_, added) = await store.AddAsync(athleteId, Run(source, id, Start.AddSeconds(secondsLater), minutes), default);

        Assert.Equal(expectedAdded, added);
        Assert.Equal(expectedAdded ? 2 : 1, (await store.BetweenAsync(athleteId, Start.AddDays(-1), Start.AddDays(1), default)).Count);
    }
}

public sealed class ActivityStoreOnSqliteTests() : ActivityStoreSuite(new SqliteBackend());

[Collection(PostgresCluster.Collection)]
public sealed class ActivityStoreOnPostgresTests(PostgresCluster cluster) : ActivityStoreSuite(new PostgresBackend(cluster));
