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

    /// <summary>Sessions from <paramref name="from"/> on, oldest first.</summary>
    public async Task<IReadOnlyList<StrengthSession>> SinceAsync(int athleteId, DateOnly from, CancellationToken cancellationToken)
    {
        var rows = await db.StrengthLog.AsNoTracking()
            .Where(l => l.AthleteId == athleteId && l.Date >= from)
            .OrderBy(l => l.Date).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StrengthSession(r.Date, r.Exercise, JsonSerializer.Deserialize<List<StrengthSet>>(r.SetsJson, Json) ?? [])
        {
            Failed = r.Failed,
            Pain = r.Pain,
        }).ToList();
    }
}
