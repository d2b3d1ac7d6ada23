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
        var planner = new Planner();
        return Enumerable.Range(-weeksBack, weeksBack + weeksAhead)
            .SelectMany(w => planner.Plan(new PlanningInput(monday.AddDays(7 * w), athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, recorded, [])).Sessions)
            .Select(s => new CalendarEntry(s))
            .ToList();
    }
}
