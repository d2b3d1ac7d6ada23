using System.Globalization;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Days;

/// <summary>
/// Judges each day: days that have passed by what was recorded (rules 35-36), days ahead by the weekly
/// template. "Today" counts as passed once something was recorded on it, else as ahead.
/// </summary>
public static class DayAssessor
{
    /// <summary>Two easy runs in one local day adding up to this make the day key (rule 36). Default 90 min.</summary>
    public static TimeSpan DoubleEasyDayDuration { get; } = TimeSpan.FromMinutes(90);

    /// <summary>Assesses <paramref name="date"/> given what was recorded and the template.</summary>
    public static DayAssessment Assess(DateOnly date, DateOnly today, IReadOnlyList<(Activity Activity, Classification.Classification Verdict)> recorded, WeeklyTemplate template, KeyDayHabits? habits = null)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(template);
        var onDay = recorded.Where(r => r.Activity.LocalDate == date).ToList();
        if (date > today || (date == today && onDay.Count == 0))
        {
            var expected = FromTemplate(date, template);
            return expected.Running != RunningDay.Key && habits?.On(date.DayOfWeek) is { } habit
                ? expected with
                {
                    Running = RunningDay.Key,
                    Kind = habit.Kind,
                    Reason = string.Create(CultureInfo.InvariantCulture, $"you ran a key session ({habit.Kind.Name()}) on {habit.Weeks} of your last {KeyDayHabits.WeeksRead} {date.DayOfWeek}s, so one is expected ({expected.Reason})"),
                }
                : expected;
        }

        if (onDay.FirstOrDefault(r => r.Verdict.IsKey) is { Activity: not null } key)
        {
            return new DayAssessment(date, RunningDay.Key, key.Verdict.Kind, key.Verdict.Reason, false);
        }

        var easyRuns = onDay.Where(r => r.Activity.Sport == Sport.Run).ToList();
        var total = easyRuns.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Activity.Moving);
        if (easyRuns.Count >= 2 && total >= DoubleEasyDayDuration)
        {
            return new DayAssessment(date, RunningDay.Key, ActivityKind.LongRun,
                string.Create(CultureInfo.InvariantCulture, $"KEY/long: rule 36 - {easyRuns.Count} easy runs adding up to {total.TotalMinutes:0} min"), false);
        }

        if (easyRuns.Count > 0)
        {
            return new DayAssessment(date, RunningDay.Easy, ActivityKind.Easy, easyRuns[0].Verdict.Reason, false);
        }

        return onDay.Count > 0
            ? new DayAssessment(date, RunningDay.Rest, null, "no run recorded; other activities only", false)
            : new DayAssessment(date, RunningDay.Unknown, null, "rule 35 - nothing recorded: unknown, not counted as rest", false);
    }

    private static DayAssessment FromTemplate(DateOnly date, WeeklyTemplate template) => template.On(date.DayOfWeek) switch
    {
        null => new DayAssessment(date, RunningDay.Unknown, null, $"your weekly template says nothing for {date.DayOfWeek}", true),
        TemplateDay.Rest => new DayAssessment(date, RunningDay.Rest, null, $"{date.DayOfWeek} is a rest day in your weekly template", true),
        TemplateDay.Easy => new DayAssessment(date, RunningDay.Easy, ActivityKind.Easy, $"{date.DayOfWeek} is an easy run in your weekly template", true),
        var kind => new DayAssessment(date, RunningDay.Key, Kind(kind.Value), $"{date.DayOfWeek} is {WeeklyTemplate.Name(kind.Value)} in your weekly template", true),
    };

    private static ActivityKind Kind(TemplateDay day) => day switch
    {
        TemplateDay.Interval => ActivityKind.Interval,
        TemplateDay.Tempo => ActivityKind.Tempo,
        TemplateDay.LongRun => ActivityKind.LongRun,
        _ => ActivityKind.Hard,
    };
}
