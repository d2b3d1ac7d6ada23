using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Storage.Races;

/// <summary>The athlete's races. Every query is plain LINQ so that SQLite and PostgreSQL share it.</summary>
internal sealed class RaceStore(RunnerStrengthDbContext db)
{
    public async Task<IReadOnlyList<StoredRace>> ListAsync(int athleteId, CancellationToken cancellationToken)
    {
        var rows = await db.Races.AsNoTracking()
            .Where(r => r.AthleteId == athleteId)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToStored).ToList();
    }

    /// <summary>Adds a race, or returns the one already stored under the same date and name.</summary>
    public async Task<(StoredRace Race, bool Added)> AddAsync(int athleteId, Race race, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(race);
        var existing = await db.Races.AsNoTracking()
            .FirstOrDefaultAsync(r => r.AthleteId == athleteId && r.Date == race.Date && r.Name == race.Name, cancellationToken);
        if (existing is not null)
        {
            return (ToStored(existing), false);
        }

        var row = ToRow(athleteId, race);
        db.Races.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (ToStored(row), true);
    }

    /// <summary>Replaces a race's date, name, distance and priority; false when it is not there.</summary>
    public async Task<bool> UpdateAsync(int athleteId, int raceId, Race race, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(race);
        var row = await db.Races.FirstOrDefaultAsync(r => r.AthleteId == athleteId && r.Id == raceId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var updated = ToRow(athleteId, race);
        (row.Date, row.Name, row.DistanceKm, row.Priority) = (updated.Date, updated.Name, updated.DistanceKm, updated.Priority);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAsync(int athleteId, int raceId, CancellationToken cancellationToken) =>
        await db.Races.Where(r => r.AthleteId == athleteId && r.Id == raceId).ExecuteDeleteAsync(cancellationToken) > 0;

    internal static RaceRow ToRow(int athleteId, Race race) => new()
    {
        AthleteId = athleteId,
        Date = race.Date,
        Name = race.Name,
        DistanceKm = race.DistanceKm,
        Priority = race.Priority.ToString(),
    };

    private static StoredRace ToStored(RaceRow row) =>
        new(row.Id, new Race(row.Date, row.Name, row.DistanceKm, Enum.Parse<RacePriority>(row.Priority)));
}
