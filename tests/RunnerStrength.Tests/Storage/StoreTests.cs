using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Testing;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Tests.Storage;

public sealed class StoreTests : IDisposable
{
    private static readonly Dictionary<string, string?> SeededRaces = new()
    {
        ["RunnerStrength:Races:0:Date"] = "2027-04-18",
        ["RunnerStrength:Races:0:Name"] = "Paris Marathon",
        ["RunnerStrength:Races:0:DistanceKm"] = "42.2",
        ["RunnerStrength:Races:1:Date"] = "2027-03-07",
        ["RunnerStrength:Races:1:Name"] = "Tune-up 10k",
        ["RunnerStrength:Races:1:DistanceKm"] = "10",
        ["RunnerStrength:Races:1:Priority"] = "B",
        ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
        ["RunnerStrength:Athlete:Deadlift:Stage"] = "barbell",
    };

    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task Initialize_OnEmptyFolder_CreatesTheTablesInWalMode()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);

        await using var connection = new SqliteConnection($"Data Source={_data.Combine("runnerstrength.db")}");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        var tables = await ScalarAsync(connection, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name);");
        Assert.Equal("__EFMigrationsHistory,__EFMigrationsLock,activities,athletes,calendar_accounts,calendar_outbox,feeds,garmin_activities,garmin_connections,plan_changes,published_events,pushed_events,races,session_decisions,strava_connections,strava_skipped,strava_webhook_events,strength_log", tables);
        Assert.Equal("14", await ScalarAsync(connection, "SELECT count(*) FROM __EFMigrationsHistory;"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Initialize_InADataFolderOthersCouldRead_MakesItAndTheDatabaseTheOwnersAlone()
    {
        File.SetUnixFileMode(_data.Path, (UnixFileMode)0b111_101_101); // 0755, as mkdir with the usual umask makes it

        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);

        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(_data.Path));
        Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(_data.Combine("runnerstrength.db")));
        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(_data.Combine("keys")));
    }

    [Fact]
    public async Task Initialize_Twice_AppliesMigrationsOnce()
    {
        await (await StoreServices.CreatePreparedAsync(_data.Path)).DisposeAsync();
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);

        await using var connection = new SqliteConnection($"Data Source={_data.Combine("runnerstrength.db")}");
        await connection.OpenAsync();
        Assert.Equal("1", await ScalarAsync(connection, "SELECT count(*) FROM athletes;"));
    }

    [Fact]
    public async Task Races_RoundTrip_WithEveryField()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RaceStore>();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
        var race = new Race(new DateOnly(2027, 4, 18), "Paris Marathon", 42.2, RacePriority.A);

        var (stored, added) = await store.AddAsync(athleteId, race, default);
        var again = await store.AddAsync(athleteId, race, default);
        var listed = await store.ListAsync(athleteId, default);

        Assert.True(added);
        Assert.False(again.Added);
        Assert.Equal(stored.Id, again.Race.Id);
        Assert.Equal([new StoredRace(stored.Id, race)], listed);
        Assert.True(await store.RemoveAsync(athleteId, stored.Id, default));
        Assert.False(await store.RemoveAsync(athleteId, stored.Id, default));
        Assert.Empty(await store.ListAsync(athleteId, default));
    }

    [Fact]
    public async Task Seed_OnFirstStart_StoresProfileAndRacesFromConfiguration()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, SeededRaces);

        var (profile, races) = await ReadAsync(services);

        Assert.Equal("Europe/Paris", profile.TimeZoneId);
        Assert.Equal(Training.Athletes.DeadliftStage.Barbell, profile.DeadliftStage);
        Assert.Equal(
            [
                new Race(new DateOnly(2027, 3, 7), "Tune-up 10k", 10, RacePriority.B),
                new Race(new DateOnly(2027, 4, 18), "Paris Marathon", 42.2, RacePriority.A),
            ],
            races);
    }

    [Fact]
    public async Task Seed_AfterFirstStart_DatabaseWinsOverConfiguration()
    {
        await using (var first = await StoreServices.CreatePreparedAsync(_data.Path, SeededRaces))
        {
            await using var scope = first.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<RaceStore>();
            var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
            var tuneUp = (await store.ListAsync(athleteId, default)).Single(r => r.Race.Name == "Tune-up 10k");
            await store.RemoveAsync(athleteId, tuneUp.Id, default);
        }

        var changed = new Dictionary<string, string?>(SeededRaces) { ["RunnerStrength:Athlete:TimeZone"] = "America/New_York" };
        await using var second = await StoreServices.CreatePreparedAsync(_data.Path, changed);
        var (profile, races) = await ReadAsync(second);

        Assert.Equal("Europe/Paris", profile.TimeZoneId);
        Assert.Equal(["Paris Marathon"], races.Select(r => r.Name));
    }

    [Fact]
    public async Task SecretProtector_KeepsItsKeyRingInTheKeysFolder_AndHidesTheSecret()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path);
        var protector = services.GetRequiredService<SecretProtector>();

        var protectedText = protector.Protect("strava-refresh-token-123");

        Assert.DoesNotContain("strava-refresh-token-123", protectedText, StringComparison.Ordinal);
        Assert.Equal("strava-refresh-token-123", protector.Unprotect(protectedText));
        Assert.Single(Directory.GetFiles(_data.Combine("keys"), "key-*.xml"));
    }

    private static async Task<(Training.Athletes.AthleteProfile Profile, IReadOnlyList<Race> Races)> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var athletes = scope.ServiceProvider.GetRequiredService<AthleteStore>();
        var athleteId = await athletes.DefaultAthleteIdAsync(default);
        var profile = await athletes.ProfileAsync(athleteId, default);
        var races = await scope.ServiceProvider.GetRequiredService<RaceStore>().ListAsync(athleteId, default);
        return (profile!, races.Select(r => r.Race).ToList());
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
