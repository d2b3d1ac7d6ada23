using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Storage.Publishing;

/// <summary>The sessions the athlete moved or deleted in their calendar, as the planner takes them.</summary>
internal sealed class AthleteDecisions(RunnerStrengthDbContext db)
{
    public async Task<IReadOnlyList<AthleteDecision>> ListAsync(int athleteId, CancellationToken cancellationToken)
    {
        var rows = await db.PushedEvents.AsNoTracking()
            .Where(p => p.AthleteId == athleteId && (p.AthleteDeleted || p.AthleteStartLocal != null))
            .ToListAsync(cancellationToken);
        return rows.Select(p => p.AthleteDeleted
                ? AthleteDecision.Removed(p.Uid)
                : AthleteDecision.Moved(p.Uid, DateOnly.FromDateTime(p.AthleteStartLocal!.Value), TimeOnly.FromDateTime(p.AthleteStartLocal.Value)))
            .ToList();
    }
}
