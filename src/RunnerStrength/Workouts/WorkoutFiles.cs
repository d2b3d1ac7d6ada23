using RunnerStrength.Fit.Workouts;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Workouts;

/// <summary>Sessions as FIT workout files for the watch: the ones calendars were given, so watch and calendar agree.</summary>
internal sealed class WorkoutFiles(WeekView weeks, PublishedEvents published)
{
    /// <summary>
    /// The sessions of the week holding <paramref name="anyDay"/>: what calendars were given for it, or, for a
    /// week not published yet (beyond the coming three), the week's plan as <c>plan --week</c> shows it.
    /// </summary>
    public async Task<IReadOnlyList<PlannedSession>> WeekAsync(AthleteContext athlete, DateOnly anyDay, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(anyDay);
        var given = await published.ReadAsync(athlete.AthleteId, monday, monday.AddDays(7), cancellationToken);
        return given.Count > 0
            ? [.. given.Where(e => !e.Cancelled).Select(e => e.Session)]
            : (await weeks.PlanOfWeekAsync(athlete, monday, cancellationToken)).Sessions;
    }

    /// <summary>The session calendars know under <paramref name="uid"/>, unless it was cancelled.</summary>
    public async Task<PlannedSession?> FindAsync(AthleteContext athlete, string uid, CancellationToken cancellationToken) =>
        await published.FindAsync(athlete.AthleteId, uid, cancellationToken) is { Cancelled: false } entry ? entry.Session : null;

    public static byte[] Encode(PlannedSession session, DateTimeOffset created) =>
        FitWorkoutEncoder.Encode(StrengthWorkouts.From(session), created);
}
