using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Importing;

/// <summary>A Garmin strength activity: its deadlift sets become the strength log entry for the day, once.</summary>
public sealed class StrengthActivityImportTests : IDisposable
{
    private const byte Enum = 0x00;
    private const byte UInt16 = 0x84;
    private const byte UInt32 = 0x86;
    private static readonly long Start = new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() - 631_065_600; // FIT epoch
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    /// <summary>file_id, a training/strength_training session, and sets: deadlifts (category 8), a bench press, a rest.</summary>
    private static byte[] StrengthFile(bool bigEndianFileId = false) => new FitFileBuilder()
        .Define(0, 0, bigEndianFileId, (0, 1, Enum))
        .Data(0, 4)
        .Define(1, 225, false, (3, 2, UInt16), (4, 2, UInt16), (5, 1, Enum), (7, 2, UInt16))
        .Data(1, 5, 100 * 16, 1, 8)
        .Data(1, 5, 100 * 16, 1, 8)
        .Data(1, 0, 0, 0, 8) // rest between sets
        .Data(1, 3, 110 * 16, 1, 8)
        .Data(1, 8, 60 * 16, 1, 0) // bench press: not a deadlift
        .Define(2, 18, false, (2, 4, UInt32), (7, 4, UInt32), (8, 4, UInt32), (5, 1, Enum), (6, 1, Enum))
        .Data(2, Start, 2_400_000, 2_400_000, 10, 20)
        .Build();

    [Fact]
    public async Task DeadliftSets_AreLoggedOnce_OtherExercisesLeftOut()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, new Dictionary<string, string?> { ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar" });
        await using var scope = services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        var importer = scope.ServiceProvider.GetRequiredService<FitFileImporter>();

        var first = await importer.ImportAsync(StrengthFile(), athlete, default);
        await importer.ImportAsync(StrengthFile(), athlete, default);
        var log = await scope.ServiceProvider.GetRequiredService<StrengthLogStore>().SinceAsync(athlete.AthleteId, new DateOnly(2026, 1, 1), default);

        Assert.Equal(Training.Activities.Sport.Strength, first.Stored.Single().Activity.Sport);
        var session = Assert.Single(log);
        Assert.Equal((new DateOnly(2026, 11, 25), "hex_bar_deadlift"), (session.Date, session.Exercise));
        Assert.Equal([(5, 100.0), (5, 100.0), (3, 110.0)], session.Sets.Select(s => (s.Reps, s.LoadKg!.Value)));
        Assert.Equal(110.0, session.TopLoadKg);
    }

    [Fact]
    public async Task TheSameWorkoutInTwoDifferentlyEncodedFiles_IsLoggedOnce()
    {
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, new Dictionary<string, string?> { ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar" });
        await using var scope = services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        var importer = scope.ServiceProvider.GetRequiredService<FitFileImporter>();

        var first = await importer.ImportAsync(StrengthFile(), athlete, default);
        var second = await importer.ImportAsync(StrengthFile(bigEndianFileId: true), athlete, default); // other bytes, other hash, same workout
        var log = await scope.ServiceProvider.GetRequiredService<StrengthLogStore>().SinceAsync(athlete.AthleteId, new DateOnly(2026, 1, 1), default);

        Assert.NotEqual(first.Stored.Single().Activity.Id, second.Stored.Single().Activity.Id);
        Assert.False(second.Stored.Single().Added); // stored once
        Assert.Single(log);
    }
}
