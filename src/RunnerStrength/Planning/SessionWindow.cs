using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Planning;

/// <summary>The planned sessions of a window of weeks around today, as calendar entries: what the feed and the export show.</summary>
internal sealed class SessionWindow(WeekView weeks, Storage.Publishing.PublishedEvents published)
{
    /// <summary>The window's sessions as calendars should show them: SEQUENCE raised where they changed, dropped ones cancelled.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(AthleteContext athlete, int weeksBack, int weeksAhead, CancellationToken cancellationToken)
    {
        var plans = await weeks.PlansAsync(athlete, weeksBack, weeksAhead, cancellationToken);
        var (from, to) = (plans[0].WeekStart, plans[^1].WeekStart.AddDays(7));
        return await published.PublishAsync(athlete.AthleteId, plans.SelectMany(p => p.Sessions).ToList(), from, to, cancellationToken);
    }

    /// <summary>One week's plan, given what was planned before it.</summary>
    public static Plan Plan(AthleteContext athlete, DateOnly monday, IReadOnlyList<Training.Activities.Activity> recorded, IReadOnlyList<PreviousSession> previous) =>
        new Planner().Plan(new PlanningInput(monday, athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, recorded, previous) { AthleteDecisions = athlete.Decisions });

    /// <summary>The sessions of the week before <paramref name="monday"/>, as the spacing rule needs them.</summary>
    public static IReadOnlyList<PreviousSession> WeekBefore(AthleteContext athlete, DateOnly monday, IReadOnlyList<Training.Activities.Activity> recorded) =>
        Plan(athlete, monday.AddDays(-7), recorded, []).Sessions.Select(s => new PreviousSession(StartOf(s, athlete), s.Prescription.Heavy)).ToList();

    /// <summary>When a session starts, as an instant.</summary>
    public static DateTimeOffset StartOf(PlannedSession session, AthleteContext athlete)
    {
        var local = session.Date.ToDateTime(session.StartLocal);
        return new DateTimeOffset(local, athlete.Zone.GetUtcOffset(local));
    }

    /// <summary>When a local day starts, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly date, AthleteContext athlete)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, athlete.Zone.GetUtcOffset(local));
    }
}
