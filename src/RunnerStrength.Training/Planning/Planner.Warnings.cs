using System.Globalization;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Planning;

public sealed partial class Planner
{
    /// <summary>Most deadlift-pattern working sets in a week before the volume reaches the hypertrophy range (rule 28).</summary>
    public const int MaxWeeklyWorkingSets = 10;

    private static List<string> Warnings(List<DateOnly> week, List<PlannedSession> sessions, PlanningInput input, List<string> rejected, List<string> spikes)
    {
        var warnings = new List<string>();
        if (rejected.Count > 0)
        {
            warnings.Add("rule 37 - no day this week passes the rules, so no session is planned: " + string.Join("; ", rejected));
        }

        warnings.AddRange(spikes);

        // Rule 22: not too long in maintenance (back-to-back A races keep extending it).
        var calendar = new PhaseCalendar(input.Races, input.Profile, PlannerSettings.Default);
        var streak = 0;
        while (streak < 200 && calendar.On(input.WeekStart.AddDays(-streak - 1)).Phase is Phase.Maintenance or Phase.Taper or Phase.Return)
        {
            streak++;
        }

        if (streak > 8 * 7)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"rule 22 - {streak / 7} weeks in maintenance, taper or return: strength fades after 2-3 months; plan a build block of 4 weeks after the next A race"));
        }
        var planned = sessions.Where(s => input.StrengthLog.All(l => l.Date != s.Date)).Sum(s => s.Prescription.Sets.Count(set => !set.Warmup));
        var logged = input.StrengthLog.Where(l => week.Contains(l.Date)).Sum(l => l.Sets.Count);
        if (planned + logged > MaxWeeklyWorkingSets)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"rule 28 - {planned + logged} deadlift working sets this week is hypertrophy-range volume (more than {MaxWeeklyWorkingSets}); strength needs less"));
        }

        return warnings;
    }

    private List<string> SpikeWarnings(List<DateOnly> week, IReadOnlyList<(Activity Activity, Classification.Classification Verdict)> recorded, ActivityHistory history, PlanningInput input)
    {
        var warnings = new List<string>();

        var runs = recorded.Where(r => r.Activity.Sport == Sport.Run && week.Contains(r.Activity.LocalDate)).Select(r => r.Activity).ToList();
        foreach (var run in runs.Where(r => r.DistanceM is not null))
        {
            // Rule 31: a run much longer than the longest of the previous 30 days: info > 10 %, warn > 30 %, strong > 100 %.
            if (history.LongestRun(run.Start, 30) is { } longest && run.DistanceM!.Value > longest * (1 + settings.LongestRunInfo))
            {
                var excess = (run.DistanceM.Value / longest) - 1;
                var level = excess > settings.LongestRunStrong ? "strong" : excess > settings.LongestRunSpike ? "warn" : "info";
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"rule 31 ({level}) - {run.LocalDate.DayOfWeek}'s {run.DistanceM.Value / 1000:0.#} km is {excess * 100:0} % longer than your longest run of the previous 30 days ({longest / 1000:0.#} km)"));
            }
        }

        // Rule 32: the week's running distance against the 4 weeks before it.
        var weekStart = Dates.LocalTime.Instant(input.WeekStart, TimeOnly.MinValue, input.TimeZone);
        var distance = runs.Sum(r => r.DistanceM ?? 0);
        if (history.MeanWeeklyDistance(weekStart) is { } mean && mean > 0 && distance > mean * (1 + settings.WeeklyVolumeSpike))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"rule 32 - {distance / 1000:0.#} km this week is {((distance / mean) - 1) * 100:0} % above your 4-week mean of {mean / 1000:0.#} km"));
        }

        return warnings;
    }
}
