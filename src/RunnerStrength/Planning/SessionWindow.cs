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
        new Planner().Plan(new PlanningInput(monday, athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, recorded, previous.Concat(Logged(athlete, monday)).ToList())
        {
            AthleteDecisions = athlete.Decisions,
            // The log up to the week: a plan never sees lifts that come after it.
            StrengthLog = athlete.StrengthLog.Where(l => l.Date < monday.AddDays(7)).ToList(),
        });

    // Sessions done in the two weeks before the week count for spacing (rule 16) like planned ones.
    private static IEnumerable<PreviousSession> Logged(AthleteContext athlete, DateOnly monday) =>
        athlete.StrengthLog.Where(l => l.Date >= monday.AddDays(-14) && l.Date < monday)
            .Select(l => new PreviousSession(StartOf(l.Date, athlete).Add(athlete.Profile.StrengthTime.ToTimeSpan()), Heavy: l.Sets.Any(s => s.LoadKg is > 0)));

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
