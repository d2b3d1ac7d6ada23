using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Storage.Athletes;

/// <summary>The athlete this install serves. One install serves one athlete by default: the first one stored.</summary>
internal sealed class AthleteStore(RunnerStrengthDbContext db)
{
    /// <exception cref="InvalidOperationException">The store has not been initialised (no athlete yet).</exception>
    public async Task<int> DefaultAthleteIdAsync(CancellationToken cancellationToken) =>
        await db.Athletes.OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new InvalidOperationException("The store holds no athlete yet; it is seeded when the store is initialised.");

    public async Task<AthleteProfile?> ProfileAsync(int athleteId, CancellationToken cancellationToken)
    {
        var row = await db.Athletes.AsNoTracking().FirstOrDefaultAsync(a => a.Id == athleteId, cancellationToken);
        return row?.ToProfile();
    }

    /// <summary>Stores the settings page's changes to the profile.</summary>
    public async Task UpdateAsync(int athleteId, AthleteSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var row = await db.Athletes.FirstAsync(a => a.Id == athleteId, cancellationToken);
        var profile = row.ToProfile() with
        {
            Template = settings.Template,
            StrengthTime = settings.StrengthTime,
            DeadliftStage = settings.Stage,
            OneRepMaxKg = settings.OneRepMaxKg,
            Equipment = new Equipment(settings.KettlebellsKg, settings.HasHexBar, settings.HasBarbell, row.SmallestPlateKg),
        };
        var updated = profile.ToRow(row.CreatedAt);
        updated.Id = row.Id;
        db.Entry(row).CurrentValues.SetValues(updated);
        await db.SaveChangesAsync(cancellationToken);
    }
}
