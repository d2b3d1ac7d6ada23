using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Plans;

/// <summary>
/// The planned sessions of the weeks around today as calendar entries. Publishing (SEQUENCE, plan changes,
/// the outbox) happens only in <see cref="PublishAsync"/>, which the replan calls; everything that shows
/// sessions (the feed, the export) reads what was published.
/// </summary>
internal sealed class SessionWindow(WeekView weeks, PublishedEvents published)
{
    /// <summary>Weeks before this one that the replan and the feed cover.</summary>
    public const int WeeksBack = 4;

    /// <summary>Weeks from this one on that the replan and the feed cover.</summary>
    public const int WeeksAhead = 3;

    /// <summary>The days covered: from the Monday <see cref="WeeksBack"/> weeks ago to the end of the last coming week.</summary>
    public static (DateOnly From, DateOnly To) Days(AthleteContext athlete)
    {
        var monday = Week.MondayOf(athlete.Today);
        return (monday.AddDays(-7 * WeeksBack), monday.AddDays(7 * WeeksAhead));
    }

    /// <summary>Plans the window and publishes it: SEQUENCE raised where sessions changed, dropped ones cancelled.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> PublishAsync(AthleteContext athlete, CancellationToken cancellationToken)
    {
        var plans = await weeks.PlansAsync(athlete, WeeksBack, WeeksAhead, cancellationToken);
        var (from, to) = (plans[0].WeekStart, plans[^1].WeekStart.AddDays(7));
        return await published.PublishAsync(athlete.AthleteId, plans.SelectMany(p => p.Sessions).ToList(), from, to, cancellationToken);
    }

    /// <summary>What calendars were last given for [<paramref name="from"/>, <paramref name="to"/>); never writes.</summary>
    public Task<IReadOnlyList<CalendarEntry>> PublishedAsync(AthleteContext athlete, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        published.ReadAsync(athlete.AthleteId, from, to, cancellationToken);

    /// <summary>
    /// One week's plan, given what was planned before it. With <paramref name="held"/> (the sessions given to the
    /// athlete that have started) only what starts from now on may change; without, the week is planned in hindsight.
    /// </summary>
    public static Plan Plan(AthleteContext athlete, DateOnly monday, IReadOnlyList<Activity> recorded, IReadOnlyList<PreviousSession> previous, IReadOnlyList<PlannedSession>? held, DateTimeOffset? firstPlanned = null) =>
        new Planner().Plan(new PlanningInput(monday, athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, recorded, previous.Concat(Logged(athlete, monday)).ToList())
        {
            ChangesFrom = held is null ? null : athlete.Now,
            Held = held ?? [],
            FirstPlanned = firstPlanned,
            AthleteDecisions = athlete.Decisions,
            // The log up to the week: a plan never sees lifts that come after it.
            StrengthLog = athlete.StrengthLog.Where(l => l.Date < monday.AddDays(7)).ToList(),
        });

    // Sessions done in the two weeks before the week, and on its days passed, count for spacing (rule 16) like planned ones.
    private static IEnumerable<PreviousSession> Logged(AthleteContext athlete, DateOnly monday) =>
        athlete.StrengthLog.Where(l => l.Date >= monday.AddDays(-14) && l.Date < monday.AddDays(7) && l.Date < athlete.Today)
            .Select(l => new PreviousSession(LocalTime.Instant(l.Date, athlete.Profile.StrengthTime, athlete.Zone), Heavy: l.Sets.Any(s => s.LoadKg is > 0)));

    /// <summary>The sessions of the week before <paramref name="monday"/>, as the spacing rule needs them.</summary>
    public static IReadOnlyList<PreviousSession> WeekBefore(AthleteContext athlete, DateOnly monday, IReadOnlyList<Activity> recorded) =>
        Plan(athlete, monday.AddDays(-7), recorded, [], held: null).Sessions.Select(s => new PreviousSession(StartOf(s, athlete), s.Prescription.Heavy)).ToList();

    /// <summary>When a session starts, as an instant.</summary>
    public static DateTimeOffset StartOf(PlannedSession session, AthleteContext athlete) => LocalTime.Instant(session.Date, session.StartLocal, athlete.Zone);
}
