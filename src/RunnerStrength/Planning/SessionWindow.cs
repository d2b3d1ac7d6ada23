using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Planning;

/// <summary>The planned sessions of a window of weeks around today, as calendar entries: what the feed and the export show.</summary>
internal sealed class SessionWindow(ActivityStore activities)
{
    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(AthleteContext athlete, int weeksBack, int weeksAhead, CancellationToken cancellationToken)
    {
        var monday = athlete.Today.AddDays(-(((int)athlete.Today.DayOfWeek + 6) % 7));
        // A year before the window informs the verdicts (observed maximum heart rate, usual volume).
        var recorded = await activities.BetweenAsync(athlete.AthleteId, athlete.Now.AddDays((-7 * weeksBack) - 365), athlete.Now.AddDays(7 * (weeksAhead + 1)), cancellationToken);
        var sessions = new List<PlannedSession>();
        var previous = new List<PreviousSession>();
        // Week by week, each week knowing the sessions before it, so rule 16 holds across week boundaries.
        for (var week = -weeksBack - 1; week < weeksAhead; week++)
        {
            var plan = Plan(athlete, monday.AddDays(7 * week), recorded, previous);
            previous.AddRange(plan.Sessions.Select(s => new PreviousSession(Start(s, athlete), s.Prescription.Heavy)));
            if (week >= -weeksBack)
            {
                sessions.AddRange(plan.Sessions);
            }
        }

        return sessions.Select(s => new CalendarEntry(s)).ToList();
    }

    /// <summary>One week's plan, given what was planned before it.</summary>
    public static Plan Plan(AthleteContext athlete, DateOnly monday, IReadOnlyList<Training.Activities.Activity> recorded, IReadOnlyList<PreviousSession> previous) =>
        new Planner().Plan(new PlanningInput(monday, athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, recorded, previous));

    /// <summary>The sessions of the week before <paramref name="monday"/>, as the spacing rule needs them.</summary>
    public static IReadOnlyList<PreviousSession> WeekBefore(AthleteContext athlete, DateOnly monday, IReadOnlyList<Training.Activities.Activity> recorded) =>
        Plan(athlete, monday.AddDays(-7), recorded, []).Sessions.Select(s => new PreviousSession(Start(s, athlete), s.Prescription.Heavy)).ToList();

    private static DateTimeOffset Start(PlannedSession session, AthleteContext athlete)
    {
        var local = session.Date.ToDateTime(session.StartLocal);
        return new DateTimeOffset(local, athlete.Zone.GetUtcOffset(local));
    }
}
