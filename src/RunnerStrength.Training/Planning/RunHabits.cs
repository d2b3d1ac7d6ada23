using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Planning;

/// <summary>
/// When the athlete usually runs on each weekday, learnt from the 6 weeks of runs before a week: rule 15 needs
/// the end of a key run that has not happened yet, and an evening runner's key run ends long after the usual lifting time.
/// </summary>
public sealed class RunHabits
{
    private const int WeeksLearnt = 6;
    private readonly Dictionary<DayOfWeek, (TimeOnly Start, TimeSpan Length)> _byWeekday;

    private RunHabits(Dictionary<DayOfWeek, (TimeOnly Start, TimeSpan Length)> byWeekday) => _byWeekday = byWeekday;

    /// <summary>Learns from the runs of the <see cref="WeeksLearnt"/> weeks before <paramref name="weekStart"/>: on each day the last run counts (a lift comes after all of them).</summary>
    public static RunHabits Learn(IEnumerable<Activity> activities, DateOnly weekStart)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var lastRuns = activities
            .Where(a => a.Sport == Sport.Run && a.LocalDate < weekStart && a.LocalDate >= weekStart.AddDays(-7 * WeeksLearnt))
            .GroupBy(a => a.LocalDate)
            .Select(day => day.MaxBy(a => a.LocalStart + a.Elapsed)!)
            .ToList();
        var byWeekday = lastRuns.GroupBy(a => a.LocalDate.DayOfWeek)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => (Median(g.Select(a => TimeOnly.FromDateTime(a.LocalStart).ToTimeSpan())), Median(g.Select(a => a.Elapsed))));
        return new RunHabits(byWeekday.ToDictionary(p => p.Key, p => (TimeOnly.FromTimeSpan(p.Value.Item1), p.Value.Item2)));
    }

    /// <summary>The usual start and length of the last run on <paramref name="day"/>, or null when the athlete has no habit there.</summary>
    public (TimeOnly Start, TimeSpan Length)? On(DayOfWeek day) => _byWeekday.TryGetValue(day, out var habit) ? habit : null;

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
