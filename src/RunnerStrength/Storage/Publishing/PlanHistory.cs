using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage.Publishing;

/// <summary>What moved in the plan lately, and why: the dashboard's "what changed".</summary>
internal sealed class PlanHistory(RunnerStrengthDbContext db)
{
    /// <summary>Moves, changes and drops since <paramref name="since"/>, newest first (the first plan's additions are left out).</summary>
    public async Task<IReadOnlyList<PlanChangeRow>> RecentAsync(int athleteId, DateTimeOffset since, int count, CancellationToken cancellationToken)
    {
        return await db.PlanChanges.AsNoTracking()
            .Where(c => c.AthleteId == athleteId && c.ChangedAt >= since && c.Kind != "added")
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
