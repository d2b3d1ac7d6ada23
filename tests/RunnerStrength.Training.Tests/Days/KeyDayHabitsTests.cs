using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Tests.Planning;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Days;

/// <summary>The usual week learnt from what was run: a weekday with key runs lately is a key day ahead, whatever the set week says.</summary>
public class KeyDayHabitsTests
{
    [Fact]
    public void FridayTempos_TheLastFourWeeks_KeepTheLiftOffThursday_EvenWithAStaleUsualWeek()
    {
        // The set week says Tuesday intervals and Thursday tempo (so Thursday evening is the week's best lift); the
        // runner has moved the tempo to Friday.
        var history = Enumerable.Range(1, 4).SelectMany(w => new[]
        {
            Run(Monday.AddDays((-7 * w) + 1), 7, 55, 11, 168, $"i{w}") with { MarkedAs = AthleteMark.Workout },
            Run(Monday.AddDays((-7 * w) + 3), 7, 45, 8, 135, $"e{w}"),
            Run(Monday.AddDays((-7 * w) + 4), 7, 60, 13, 168, $"t{w}") with { MarkedAs = AthleteMark.Workout },
            Run(Monday.AddDays((-7 * w) + 6), 8, 110, 21, 145, $"l{w}"),
        }).ToList();

        var stale = new PlanningScenario().Plan();
        var plan = new PlanningScenario { Activities = history }.Plan();

        Assert.Contains(stale.Sessions, s => s.Date.DayOfWeek == DayOfWeek.Thursday); // what the set week alone would do
        var friday = plan.Days.Single(d => d.Date.DayOfWeek == DayOfWeek.Friday);
        Assert.Equal(RunningDay.Key, friday.Running);
        Assert.StartsWith("you ran a key session (tempo) on 4 of your last 4 Fridays, so one is expected", friday.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Sessions, s => s.Date.DayOfWeek == DayOfWeek.Thursday);
    }

    [Fact]
    public void OneKeyRunOnAWeekday_IsNoHabit()
    {
        var history = new[] { Run(Monday.AddDays(-5), 7, 60, 13, 168, "t") with { MarkedAs = AthleteMark.Workout } };

        var plan = new PlanningScenario { Activities = [.. history] }.Plan();

        Assert.Equal(RunningDay.Easy, plan.Days.Single(d => d.Date.DayOfWeek == DayOfWeek.Wednesday).Running); // the set week says easy
    }
}
