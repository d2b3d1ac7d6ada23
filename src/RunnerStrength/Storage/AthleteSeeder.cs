using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;

namespace RunnerStrength.Storage;

/// <summary>
/// Seeds the athlete and races from configuration into an empty store, once. From then on the
/// database wins: configuration edits no longer change the athlete's data.
/// </summary>
internal sealed partial class AthleteSeeder(RunnerStrengthDbContext db, IOptions<SeedOptions> seed, TimeProvider time, ILogger<AthleteSeeder> logger)
{
    /// <returns>True when the store was empty and has been seeded.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Athletes.AnyAsync(cancellationToken))
        {
            return false;
        }

        var (profile, races, errors) = SeedReader.Read(seed.Value);
        if (profile is null)
        {
            // Start-up validation runs first, so this only happens when a caller skipped it.
            throw new InvalidOperationException(errors[0]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var athlete = profile.ToRow(time.GetUtcNow());
        db.Athletes.Add(athlete);
        await db.SaveChangesAsync(cancellationToken);
        db.Races.AddRange(races.DistinctBy(r => (r.Date, r.Name)).Select(r => RaceStore.ToRow(athlete.Id, r)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, athlete.Id, races.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded athlete {AthleteId} and {RaceCount} races from configuration; the database wins from now on")]
    private static partial void LogSeeded(ILogger logger, int athleteId, int raceCount);
}
