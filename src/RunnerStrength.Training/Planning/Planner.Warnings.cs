using System.Globalization;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Planning;

public sealed partial class Planner
{
    private List<string> Warnings(List<DateOnly> week, IReadOnlyList<(Activity Activity, Classification.Classification Verdict)> recorded, ActivityHistory history, PlanningInput input, List<string> rejected)
    {
        var warnings = new List<string>();
        if (rejected.Count > 0)
        {
            warnings.Add("rule 37 - no day this week passes the rules, so no session is planned: " + string.Join("; ", rejected));
        }

        var runs = recorded.Where(r => r.Activity.Sport == Sport.Run && week.Contains(r.Activity.LocalDate)).Select(r => r.Activity).ToList();
        foreach (var run in runs.Where(r => r.DistanceM is not null))
        {
            // Rule 31: a run much longer than the longest of the previous 30 days.
            if (history.LongestRun(run.Start, 30) is { } longest && run.DistanceM!.Value > longest * (1 + settings.LongestRunSpike))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"rule 31 - {run.LocalDate.DayOfWeek}'s {run.DistanceM.Value / 1000:0.#} km is {((run.DistanceM.Value / longest) - 1) * 100:0} % longer than your longest run of the previous 30 days ({longest / 1000:0.#} km)"));
            }
        }

        // Rule 32: the week's running distance against the 4 weeks before it.
        var weekStart = LocalInstant(input.WeekStart, TimeOnly.MinValue, input.TimeZone);
        var distance = runs.Sum(r => r.DistanceM ?? 0);
        if (history.MeanWeeklyDistance(weekStart) is { } mean && mean > 0 && distance > mean * (1 + settings.WeeklyVolumeSpike))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"rule 32 - {distance / 1000:0.#} km this week is {((distance / mean) - 1) * 100:0} % above your 4-week mean of {mean / 1000:0.#} km"));
        }

        return warnings;
    }
}
