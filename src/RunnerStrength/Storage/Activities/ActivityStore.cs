using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Storage.Activities;

/// <summary>
/// The athlete's activities from every source, each stored once: the same source id is the same
/// activity, and so is a run from the other source that started within two minutes with a similar
/// duration and the same sport (one run uploaded to Strava and dropped as a FIT file).
/// </summary>
internal sealed class ActivityStore(RunnerStrengthDbContext db)
{
    private static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(2);

    /// <returns>The stored row's id, and whether it was new.</returns>
    public async Task<(int Id, bool Added)> AddAsync(int athleteId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var row = activity.ToRow(athleteId);
        var same = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athleteId && a.Source == row.Source && a.SourceId == row.SourceId)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (same is { } id)
        {
            return (id, false);
        }

        var (from, to) = (row.StartUnixSeconds - (long)StartTolerance.TotalSeconds, row.StartUnixSeconds + (long)StartTolerance.TotalSeconds);
        var twins = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athleteId && a.Sport == row.Sport && a.StartUnixSeconds >= from && a.StartUnixSeconds <= to)
            .ToListAsync(cancellationToken);
        if (twins.FirstOrDefault(t => Math.Abs(t.ElapsedSeconds - row.ElapsedSeconds) <= 0.1 * Math.Max(t.ElapsedSeconds, row.ElapsedSeconds)) is { } twin)
        {
            return (twin.Id, false);
        }

        db.Activities.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (row.Id, true);
    }

    /// <summary>Activities that started in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> BetweenAsync(int athleteId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (start, end) = (from.ToUnixTimeSeconds(), to.ToUnixTimeSeconds());
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athleteId && a.StartUnixSeconds >= start && a.StartUnixSeconds < end)
            .OrderBy(a => a.StartUnixSeconds)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToActivity()).ToList();
    }
}
