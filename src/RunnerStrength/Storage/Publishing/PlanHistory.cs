using Microsoft.EntityFrameworkCore;

namespace RunnerStrength.Storage.Publishing;

/// <summary>What moved in the plan lately, and why: the dashboard's "what changed".</summary>
internal sealed class PlanHistory(RunnerStrengthDbContext db)
{
    /// <summary>
    /// Moves, changes and drops since <paramref name="since"/> of sessions still ahead (on or after
    /// <paramref name="aheadOf"/>, local), newest first; the first plan's additions are left out, and so are
    /// sessions of weeks gone by that a history sync re-planned.
    /// </summary>
    public async Task<IReadOnlyList<PlanChangeRow>> RecentAsync(int athleteId, DateTimeOffset since, DateTime aheadOf, int count, CancellationToken cancellationToken)
    {
        return await db.PlanChanges.AsNoTracking()
            .Where(c => c.AthleteId == athleteId && c.ChangedAt >= since && c.Kind != "added" && (c.ToLocal ?? c.FromLocal) >= aheadOf)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
