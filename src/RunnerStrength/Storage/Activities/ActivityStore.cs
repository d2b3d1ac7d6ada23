using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Storage.Activities;

/// <summary>
/// The athlete's activities from every source, each stored once: the same source id is the same
/// activity, and so is one from another source that <see cref="SameActivity"/> matches.
/// </summary>
internal sealed class ActivityStore(RunnerStrengthDbContext db)
{
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

        // The database narrows by start; the rule itself decides.
        var (from, to) = (activity.Start - SameActivity.StartTolerance - TimeSpan.FromSeconds(1), activity.Start + SameActivity.StartTolerance + TimeSpan.FromSeconds(1));
        var near = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athleteId && a.Start >= from && a.Start <= to)
            .ToListAsync(cancellationToken);
        if (near.FirstOrDefault(t => SameActivity.Matches(t.ToActivity(), activity)) is { } twin)
        {
            return (twin.Id, false);
        }

        db.Activities.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (row.Id, true);
    }

    /// <summary>
    /// As <see cref="AddAsync"/>, but a known activity from the same source takes the new values (a
    /// renamed run, laps fetched later): Strava's pages can repeat an activity any number of times.
    /// </summary>
    /// <returns>True when the activity was new.</returns>
    public async Task<bool> UpsertAsync(int athleteId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var incoming = activity.ToRow(athleteId);
        var known = await db.Activities.FirstOrDefaultAsync(a => a.AthleteId == athleteId && a.Source == incoming.Source && a.SourceId == incoming.SourceId, cancellationToken);
        if (known is null)
        {
            return (await AddAsync(athleteId, activity, cancellationToken)).Added;
        }

        incoming.Id = known.Id;
        if (activity.Laps.Count == 0 && known.ToActivity().Laps.Count > 0)
        {
            incoming.DetailsJson = known.DetailsJson; // a summary page must not erase laps fetched earlier
        }

        db.Entry(known).CurrentValues.SetValues(incoming);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>Whether the activity is stored with laps.</summary>
    public async Task<bool> HasLapsAsync(int athleteId, ActivityId id, CancellationToken cancellationToken)
    {
        var name = ActivityRowMapping.SourceName(id.Source);
        var row = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.AthleteId == athleteId && a.Source == name && a.SourceId == id.Value, cancellationToken);
        return row is not null && row.ToActivity().Laps.Count > 0;
    }

    /// <summary>Adds laps fetched after the activity was stored (Strava's history); nothing when it is gone.</summary>
    public async Task AddLapsAsync(int athleteId, ActivityId id, IReadOnlyList<Lap> laps, CancellationToken cancellationToken)
    {
        var name = ActivityRowMapping.SourceName(id.Source);
        var row = await db.Activities.FirstOrDefaultAsync(a => a.AthleteId == athleteId && a.Source == name && a.SourceId == id.Value, cancellationToken);
        if (row is not null)
        {
            row.DetailsJson = (row.ToActivity() with { Laps = laps }).ToRow(athleteId).DetailsJson;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Deletes one activity of a source (Strava's delete event); true when there was one.</summary>
    public async Task<bool> DeleteAsync(int athleteId, ActivitySource source, string sourceId, CancellationToken cancellationToken)
    {
        var name = ActivityRowMapping.SourceName(source);
        return await db.Activities.Where(a => a.AthleteId == athleteId && a.Source == name && a.SourceId == sourceId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Deletes every activity of a source (Strava's terms on deauthorisation); FIT files stay.</summary>
    public async Task<int> DeleteSourceAsync(int athleteId, ActivitySource source, CancellationToken cancellationToken)
    {
        var name = ActivityRowMapping.SourceName(source);
        return await db.Activities.Where(a => a.AthleteId == athleteId && a.Source == name).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Activities that started in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> BetweenAsync(int athleteId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.AthleteId == athleteId && a.Start >= from && a.Start < to)
            .OrderBy(a => a.Start)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r.ToActivity()).ToList();
    }
}
