using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage.Decisions;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// The sessions the athlete moved or skipped, as the planner takes them: in their calendar (found by a
/// calendar's reconcile) or on the web page and the command line. The later word wins.
/// </summary>
internal sealed class AthleteDecisions(RunnerStrengthDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<AthleteDecision>> ListAsync(int athleteId, CancellationToken cancellationToken)
    {
        var rows = await db.PushedEvents.AsNoTracking()
            .Where(p => p.AthleteId == athleteId && (p.AthleteDeleted || p.AthleteStartLocal != null))
            .ToListAsync(cancellationToken);
        // Several calendars may hold the session; the athlete's hand on any of them counts (the others follow the replan).
        var fromCalendar = rows.DistinctBy(p => p.Uid, StringComparer.Ordinal).Select(p => p.AthleteDeleted
            ? AthleteDecision.Removed(p.Uid)
            : AthleteDecision.Moved(p.Uid, DateOnly.FromDateTime(p.AthleteStartLocal!.Value), TimeOnly.FromDateTime(p.AthleteStartLocal.Value)));
        var fromPage = (await db.SessionDecisions.AsNoTracking().Where(d => d.AthleteId == athleteId).ToListAsync(cancellationToken))
            .Select(d => d.Skipped ? AthleteDecision.Removed(d.Uid) : AthleteDecision.Moved(d.Uid, DateOnly.FromDateTime(d.MovedToLocal!.Value), TimeOnly.FromDateTime(d.MovedToLocal.Value)))
            .ToList();
        return fromPage.Concat(fromCalendar.Where(c => fromPage.All(p => p.Uid != c.Uid))).ToList();
    }

    /// <summary>Records that the athlete skipped the session <paramref name="uid"/>: it is not planned again that week.</summary>
    public Task SkipAsync(int athleteId, string uid, CancellationToken cancellationToken) => SaveAsync(athleteId, uid, null, cancellationToken);

    /// <summary>Records that the athlete moved the session <paramref name="uid"/> to <paramref name="toLocal"/>: it stays there.</summary>
    public Task MoveAsync(int athleteId, string uid, DateTime toLocal, CancellationToken cancellationToken) => SaveAsync(athleteId, uid, toLocal, cancellationToken);

    private async Task SaveAsync(int athleteId, string uid, DateTime? toLocal, CancellationToken cancellationToken)
    {
        var row = await db.SessionDecisions.FindAsync([athleteId, uid], cancellationToken);
        if (row is null)
        {
            row = new SessionDecisionRow { AthleteId = athleteId, Uid = uid };
            db.SessionDecisions.Add(row);
        }

        (row.Skipped, row.MovedToLocal, row.DecidedAt) = (toLocal is null, toLocal, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
