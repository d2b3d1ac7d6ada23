using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Plans;

/// <summary>Weeks of plans around today, each week planned knowing the sessions before it: what the dashboard shows.</summary>
internal sealed class WeekView(ActivityStore activities, PublishedEvents published)
{
    /// <summary>The plan of the week holding <paramref name="anyDay"/>, knowing the sessions of the week before.</summary>
    public async Task<Plan> PlanOfWeekAsync(AthleteContext athlete, DateOnly anyDay, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(anyDay);
        // A year before the week informs the verdicts (observed maximum heart rate, usual volume).
        var recorded = await activities.BetweenAsync(athlete.AthleteId, LocalTime.StartOfDay(monday.AddDays(-365), athlete.Zone), LocalTime.StartOfDay(monday.AddDays(15), athlete.Zone), cancellationToken);
        return SessionWindow.Plan(athlete, monday, recorded, await WeekBeforeAsync(athlete, monday, recorded, cancellationToken));
    }

    public async Task<IReadOnlyList<Plan>> PlansAsync(AthleteContext athlete, int weeksBack, int weeksAhead, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(athlete.Today);
        var recorded = await activities.BetweenAsync(athlete.AthleteId, athlete.Now.AddDays((-7 * weeksBack) - 365), athlete.Now.AddDays(7 * (weeksAhead + 1)), cancellationToken);
        var plans = new List<Plan>();
        var previous = (await WeekBeforeAsync(athlete, monday.AddDays(-7 * weeksBack), recorded, cancellationToken)).ToList();
        for (var week = -weeksBack; week < weeksAhead; week++)
        {
            var plan = SessionWindow.Plan(athlete, monday.AddDays(7 * week), recorded, previous);
            previous.AddRange(plan.Sessions.Select(s => new PreviousSession(SessionWindow.StartOf(s, athlete), s.Prescription.Heavy)));
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>
    /// What the week before <paramref name="monday"/> really had, so spacing holds from Sunday to Monday (rule 16):
    /// the sessions calendars were given for it; only a week never published (before the first plan) is planned
    /// in hindsight.
    /// </summary>
    private async Task<IReadOnlyList<PreviousSession>> WeekBeforeAsync(AthleteContext athlete, DateOnly monday, IReadOnlyList<Activity> recorded, CancellationToken cancellationToken)
    {
        var given = await published.ReadAsync(athlete.AthleteId, monday.AddDays(-7), monday, cancellationToken);
        return given.Count > 0
            ? given.Where(e => !e.Cancelled).Select(e => new PreviousSession(SessionWindow.StartOf(e.Session, athlete), e.Session.Prescription.Heavy)).ToList()
            : SessionWindow.WeekBefore(athlete, monday, recorded);
    }
}
