using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Planning;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>Rule 15 for key runs still ahead: the lift comes at least 3 h after the time the athlete usually runs that weekday.</summary>
public class RunHabitsTests
{
    [Fact]
    public void EveningKeyRuns_KeepTheUsualEveningLiftOffThoseDays()
    {
        // Six weeks of Tuesday and Thursday sessions at 18:25 (lifting at 18:00 would come before them).
        var plan = new PlanningScenario { Activities = History(keyHour: 18, keyMinute: 25) }.Plan();

        Assert.DoesNotContain(plan.Sessions, s => s.Date.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday);
        Assert.NotEmpty(plan.Sessions);
    }

    [Fact]
    public void MorningKeyRuns_MoveAMorningLiftLaterThatDay_AndSayWhy()
    {
        var scenario = new PlanningScenario { Activities = History(keyHour: 6, keyMinute: 30) };
        var profile = scenario.Profile with { StrengthTime = new TimeOnly(7, 30) };

        var plan = new Planner().Plan(new PlanningInput(scenario.WeekStart, scenario.Today, profile, Paris, [], scenario.Activities, []));

        var thursday = Assert.Single(plan.Sessions, s => s.Date.DayOfWeek == DayOfWeek.Thursday);
        Assert.Equal(new TimeOnly(10, 30), thursday.StartLocal); // the run usually ends 07:30, plus 3 h
        Assert.Contains("after Thursday's tempo (usually 06:30-07:30), at least 3 h later, so at 10:30 instead of your usual 07:30", thursday.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Habits_AreLearntPerWeekday_FromTheLastRunOfEachDay()
    {
        var habits = RunHabits.Learn(History(keyHour: 18, keyMinute: 25), Monday);

        Assert.Equal((new TimeOnly(18, 25), TimeSpan.FromMinutes(60)), habits.On(DayOfWeek.Tuesday));
        Assert.Equal(new TimeOnly(8, 0), habits.On(DayOfWeek.Sunday)!.Value.Start);
        Assert.Null(habits.On(DayOfWeek.Monday)); // a rest day
    }

    // Six weeks before Monday: key runs on Tuesday and Thursday at the given time (60 min), easy Wednesday and
    // Saturday mornings, a Sunday long run at 08:00; Tuesday also has an easy morning jog.
    private static List<Activity> History(int keyHour, int keyMinute)
    {
        var runs = new List<Activity>();
        for (var week = 1; week <= 6; week++)
        {
            var monday = Monday.AddDays(-7 * week);
            runs.Add(Run(monday.AddDays(1), 6, 30, 5, id: $"j{week}"));
            runs.Add(At(Run(monday.AddDays(1), keyHour, 60, 12, 168, $"i{week}"), keyMinute) with { MarkedAs = AthleteMark.Workout });
            runs.Add(Run(monday.AddDays(2), 7, 45, 8, id: $"e{week}"));
            runs.Add(At(Run(monday.AddDays(3), keyHour, 60, 12, 168, $"t{week}"), keyMinute) with { MarkedAs = AthleteMark.Workout });
            runs.Add(Run(monday.AddDays(5), 7, 45, 8, id: $"s{week}"));
            runs.Add(Run(monday.AddDays(6), 8, 110, 21, id: $"l{week}"));
        }

        return runs;
    }

    private static Activity At(Activity run, int minute) =>
        run with { Start = run.Start.AddMinutes(minute), LocalStart = run.LocalStart.AddMinutes(minute) };
}
