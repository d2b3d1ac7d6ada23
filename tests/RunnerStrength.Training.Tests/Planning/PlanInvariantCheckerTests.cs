using RunnerStrength.Training.Days;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;
using RunnerStrength.Training.Races;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>The checker must be able to fail: it is shown plans that break the rules on purpose.</summary>
public class PlanInvariantCheckerTests
{
    [Fact]
    public void Check_FindsEveryBreachOfABrokenPlan()
    {
        var good = new PlanningScenario().Plan();
        var heavy = new RunnerStrength.Training.Prescription.Prescription("hex_bar_deadlift", [new PrescribedSet(8, 80, 96, false)], true, TimeSpan.FromHours(1), "1x8");
        var broken = good with
        {
            Sessions =
            [
                new PlannedSession("a", Monday, new TimeOnly(18, 0), heavy, "the day before Tuesday's intervals"),
                new PlannedSession("b", Monday.AddDays(2), new TimeOnly(18, 0), heavy, "48 h after Monday"),
                new PlannedSession("c", Monday.AddDays(5), new TimeOnly(18, 0), heavy, "a third session"),
            ],
        };
        var race = new Race(Monday.AddDays(6), "Sunday B race", 21.1, RacePriority.B);

        var breaches = PlanInvariantChecker.Check(broken, [race], [], [], Paris);

        Assert.Contains(breaches, b => b.StartsWith("rule 13:", StringComparison.Ordinal));
        Assert.Contains(breaches, b => b.StartsWith("rule 16:", StringComparison.Ordinal));
        Assert.Contains(breaches, b => b.StartsWith("rule 17:", StringComparison.Ordinal));
        Assert.Contains(breaches, b => b.StartsWith("rule 20:", StringComparison.Ordinal));
        Assert.Contains(breaches, b => b.StartsWith("rule 27:", StringComparison.Ordinal));
        Assert.Empty(PlanInvariantChecker.Check(good, [], [], [], Paris));
        Assert.Equal(RunningDay.Key, good.Days[1].Running);
    }
}
