using System.Globalization;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Plans;

/// <summary>
/// What the athlete does with a planned session from the page: done (as planned or with
/// changes), skipped, moved. Each writes the log or the decision, then replans, so the calendars follow.
/// </summary>
internal sealed class SessionActions(WeekView weeks, StrengthLogStore log, AthleteDecisions decisions, IReplanTrigger replans)
{
    /// <summary>The coming weeks' sessions still ahead, in order.</summary>
    public async Task<IReadOnlyList<UpcomingSession>> AheadAsync(AthleteContext athlete, CancellationToken cancellationToken) =>
        Ahead(await weeks.PlansAsync(athlete, weeksBack: 0, weeksAhead: 3, cancellationToken));

    /// <summary>The sessions of <paramref name="plans"/> still ahead, in order (the page reads them from the weeks it shows).</summary>
    public static IReadOnlyList<UpcomingSession> Ahead(IEnumerable<Plan> plans) =>
        plans.SelectMany(p => p.Sessions.Select(s => new UpcomingSession(s, p)))
            .Where(u => u.Status == SessionStatus.Ahead)
            .OrderBy(u => u.Session.Date).ThenBy(u => u.Session.StartLocal)
            .ToList();

    /// <summary>
    /// Logs the session as done: the planned working sets, or <paramref name="sets"/> as lifted. Done ahead of its day it is
    /// logged today and the session moves to today (it happened then, and the next one is spaced from it).
    /// </summary>
    public async Task<SessionActionResult> DoneAsync(AthleteContext athlete, string uid, IReadOnlyList<StrengthSet>? sets, bool failed, bool pain, CancellationToken cancellationToken)
    {
        if (await FindAsync(athlete, uid, cancellationToken) is not { } upcoming)
        {
            return SessionActionResult.NotFound(uid);
        }

        var session = upcoming.Session;
        var lifted = sets ?? session.Prescription.Sets.Where(s => !s.Warmup).Select(s => new StrengthSet(s.Reps, s.LoadKg)).ToList();
        var day = session.Date <= athlete.Today ? session.Date : athlete.Today;
        await log.AddAsync(athlete.AthleteId, new StrengthSession(day, session.Prescription.Exercise, lifted) { Failed = failed, Pain = pain }, StrengthLogSource.Manual, cancellationToken);
        if (day != session.Date)
        {
            await decisions.MoveAsync(athlete.AthleteId, uid, day.ToDateTime(session.StartLocal), cancellationToken);
        }

        await replans.ReplanAsync(cancellationToken);
        return new SessionActionResult(true, string.Create(CultureInfo.InvariantCulture, $"Logged {lifted.Count} sets on {day:ddd d MMM}{(failed ? ", reps missed" : "")}{(pain ? ", with pain" : "")}. The plan follows."));
    }

    /// <summary>Takes the session off: it is not planned again that week.</summary>
    public async Task<SessionActionResult> SkipAsync(AthleteContext athlete, string uid, CancellationToken cancellationToken)
    {
        if (await FindAsync(athlete, uid, cancellationToken) is not { } upcoming)
        {
            return SessionActionResult.NotFound(uid);
        }

        await decisions.SkipAsync(athlete.AthleteId, uid, cancellationToken);
        await replans.ReplanAsync(cancellationToken);
        return new SessionActionResult(true, string.Create(CultureInfo.InvariantCulture, $"Skipped {upcoming.Session.Date:ddd d MMM}: not planned again that week."));
    }

    /// <summary>Moves the session to one of the days the rules allow.</summary>
    public async Task<SessionActionResult> MoveAsync(AthleteContext athlete, string uid, DateOnly date, CancellationToken cancellationToken)
    {
        if (await FindAsync(athlete, uid, cancellationToken) is not { } upcoming)
        {
            return SessionActionResult.NotFound(uid);
        }

        if (upcoming.MoveOptions.FirstOrDefault(o => o.Date == date) is not { } slot)
        {
            var allowed = upcoming.MoveOptions.Count == 0 ? "no other day this week" : string.Join(", ", upcoming.MoveOptions.Select(o => o.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)));
            return new SessionActionResult(false, string.Create(CultureInfo.InvariantCulture, $"{date:ddd d MMM} breaks a rule for this session (the day before a key run, too close to another session, or a race); allowed: {allowed}."));
        }

        await decisions.MoveAsync(athlete.AthleteId, uid, slot.Date.ToDateTime(slot.StartLocal), cancellationToken);
        await replans.ReplanAsync(cancellationToken);
        return new SessionActionResult(true, string.Create(CultureInfo.InvariantCulture, $"Moved to {slot.Date:ddd d MMM} {slot.StartLocal:HH:mm}."));
    }

    private async Task<UpcomingSession?> FindAsync(AthleteContext athlete, string uid, CancellationToken cancellationToken) =>
        (await AheadAsync(athlete, cancellationToken)).FirstOrDefault(u => u.Session.Uid == uid);
}
