using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Storage.Strength;

/// <summary>The strength log: what was lifted, for loads (rules 23-26), progression (rule 30) and spacing (rule 16).</summary>
internal sealed class StrengthLogStore(RunnerStrengthDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds a session; one from a FIT file (<paramref name="source"/> "fit:…") is added once however often the file comes.</summary>
    public async Task<bool> AddAsync(int athleteId, StrengthSession session, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (source != StrengthLogSource.Manual && await db.StrengthLog.AnyAsync(l => l.AthleteId == athleteId && l.Source == source, cancellationToken))
        {
            return false;
        }

        db.StrengthLog.Add(new StrengthLogRow
        {
            AthleteId = athleteId,
            Date = session.Date,
            Exercise = session.Exercise,
            SetsJson = JsonSerializer.Serialize(session.Sets, Json),
            Failed = session.Failed,
            Pain = session.Pain,
            Source = source,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Every logged session, newest first, with its id and where it came from.</summary>
    public async Task<IReadOnlyList<LoggedSession>> ListAsync(int athleteId, CancellationToken cancellationToken)
    {
        var rows = await db.StrengthLog.AsNoTracking()
            .Where(l => l.AthleteId == athleteId)
            .OrderByDescending(l => l.Date).ThenByDescending(l => l.Id)
            .ToListAsync(cancellationToken);
        // Where an entry came from, as the athlete knows it: the form, a FIT file, or Garmin's pull (a FIT original too).
        var activityIds = rows.Select(r => ActivityIdOf(r.Source)).OfType<int>().ToList();
        var hashes = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).Select(a => new { a.Id, a.SourceId }).ToDictionaryAsync(a => a.Id, a => a.SourceId, cancellationToken);
        var fromGarmin = (await db.GarminActivities.AsNoTracking().Where(g => g.AthleteId == athleteId && g.FitHash != null && hashes.Values.Contains(g.FitHash)).Select(g => g.FitHash!).ToListAsync(cancellationToken)).ToHashSet();
        return rows.Select(r => new LoggedSession(r.Id, ToSession(r), ActivityIdOf(r.Source) is { } id
            ? hashes.TryGetValue(id, out var hash) && fromGarmin.Contains(hash) ? "Garmin" : "FIT file"
            : r.Source == StrengthLogSource.Manual ? "form" : "FIT file")).ToList();
    }

    private static int? ActivityIdOf(string source) =>
        source.StartsWith("activity:", StringComparison.Ordinal) && int.TryParse(source.AsSpan("activity:".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Replaces what a logged session holds (date, sets, missed reps, pain); false when it is not there.</summary>
    public async Task<bool> UpdateAsync(int athleteId, int id, StrengthSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var row = await db.StrengthLog.FirstOrDefaultAsync(l => l.AthleteId == athleteId && l.Id == id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        (row.Date, row.Exercise, row.SetsJson, row.Failed, row.Pain) = (session.Date, session.Exercise, JsonSerializer.Serialize(session.Sets, Json), session.Failed, session.Pain);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes a logged session; false when it is not there.</summary>
    public async Task<bool> RemoveAsync(int athleteId, int id, CancellationToken cancellationToken) =>
        await db.StrengthLog.Where(l => l.AthleteId == athleteId && l.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Sessions from <paramref name="from"/> on, oldest first.</summary>
    public async Task<IReadOnlyList<StrengthSession>> SinceAsync(int athleteId, DateOnly from, CancellationToken cancellationToken)
    {
        var rows = await db.StrengthLog.AsNoTracking()
            .Where(l => l.AthleteId == athleteId && l.Date >= from)
            .OrderBy(l => l.Date).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToSession).ToList();
    }

    private static StrengthSession ToSession(StrengthLogRow row) =>
        new(row.Date, row.Exercise, JsonSerializer.Deserialize<List<StrengthSet>>(row.SetsJson, Json) ?? [])
        {
            Failed = row.Failed,
            Pain = row.Pain,
        };
}
