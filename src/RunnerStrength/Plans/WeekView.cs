using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Plans;

/// <summary>
/// Weeks of plans around today, each week planned knowing the sessions before it: what the dashboard shows and
/// the replan publishes. A session calendars were given that has started is history and stays as it was; only
/// days from before the first plan are planned in hindsight.
/// </summary>
internal sealed class WeekView(ActivityStore activities, PublishedEvents published)
{
    /// <summary>The plan of the week holding <paramref name="anyDay"/>, knowing the sessions of the week before.</summary>
    public async Task<Plan> PlanOfWeekAsync(AthleteContext athlete, DateOnly anyDay, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(anyDay);
        // A year before the week informs the verdicts (observed maximum heart rate, usual volume).
        var recorded = await activities.BetweenAsync(athlete.AthleteId, LocalTime.StartOfDay(monday.AddDays(-365), athlete.Zone), LocalTime.StartOfDay(monday.AddDays(15), athlete.Zone), cancellationToken);
        var history = await HistoryAsync(athlete, monday.AddDays(-7), monday.AddDays(7), cancellationToken);
        return Plan(athlete, monday, recorded, WeekBefore(athlete, monday, recorded, history), history);
    }

    public async Task<IReadOnlyList<Plan>> PlansAsync(AthleteContext athlete, int weeksBack, int weeksAhead, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(athlete.Today);
        var recorded = await activities.BetweenAsync(athlete.AthleteId, athlete.Now.AddDays((-7 * weeksBack) - 365), athlete.Now.AddDays(7 * (weeksAhead + 1)), cancellationToken);
        var first = monday.AddDays(-7 * weeksBack);
        var history = await HistoryAsync(athlete, first.AddDays(-7), monday.AddDays(7 * weeksAhead), cancellationToken);
        var plans = new List<Plan>();
        var previous = WeekBefore(athlete, first, recorded, history).ToList();
        for (var week = -weeksBack; week < weeksAhead; week++)
        {
            var plan = Plan(athlete, monday.AddDays(7 * week), recorded, previous, history);
            previous.AddRange(plan.Sessions.Select(s => new PreviousSession(SessionWindow.StartOf(s, athlete), s.Prescription.Heavy)));
            plans.Add(plan);
        }

        return plans;
    }

    private static Plan Plan(AthleteContext athlete, DateOnly monday, IReadOnlyList<Activity> recorded, IReadOnlyList<PreviousSession> previous, GivenSessions history) =>
        history.FirstPlanned is { } firstPlanned && LocalTime.StartOfDay(monday.AddDays(7), athlete.Zone) > firstPlanned
            ? SessionWindow.Plan(athlete, monday, recorded, previous, history.Started, firstPlanned)
            : SessionWindow.Plan(athlete, monday, recorded, previous, held: null); // a week wholly before the first plan: in hindsight

    /// <summary>
    /// What the week before <paramref name="monday"/> really had, so spacing holds from Sunday to Monday (rule 16):
    /// the sessions calendars were given for it; only a week never published (before the first plan) is planned
    /// in hindsight.
    /// </summary>
    private static IReadOnlyList<PreviousSession> WeekBefore(AthleteContext athlete, DateOnly monday, IReadOnlyList<Activity> recorded, GivenSessions history)
    {
        var given = history.Given.Where(e => e.Session.Date >= monday.AddDays(-7) && e.Session.Date < monday).ToList();
        return given.Count > 0
            ? given.Where(e => !e.Cancelled).Select(e => new PreviousSession(SessionWindow.StartOf(e.Session, athlete), e.Session.Prescription.Heavy)).ToList()
            : SessionWindow.WeekBefore(athlete, monday, recorded);
    }

    private async Task<GivenSessions> HistoryAsync(AthleteContext athlete, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var given = await published.ReadAsync(athlete.AthleteId, from, to, cancellationToken);
        var started = given.Where(e => !e.Cancelled && SessionWindow.StartOf(e.Session, athlete) < athlete.Now).Select(e => e.Session).ToList();
        return new GivenSessions(given, started, await published.FirstPublishedAsync(athlete.AthleteId, cancellationToken));
    }

    /// <summary>What calendars were given around the weeks planned, the sessions among them that have started, and when the first plan was published.</summary>
    private sealed record GivenSessions(IReadOnlyList<CalendarEntry> Given, IReadOnlyList<PlannedSession> Started, DateTimeOffset? FirstPlanned);
}
