using RunnerStrength.Training.Planning;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>Issue 6: a session the athlete moved or deleted in their calendar is their decision, not something to fight.</summary>
public class AthleteDecisionTests
{
    private static Plan PlanWith(params AthleteDecision[] decisions)
    {
        var scenario = new PlanningScenario();
        return new Planner().Plan(new PlanningInput(scenario.WeekStart, scenario.Today, scenario.Profile, Paris, [], [], []) { AthleteDecisions = decisions });
    }

    [Fact]
    public void MovedSession_StaysAtItsNewTime_UnderItsUid_AndTheRestIsPlannedAroundIt()
    {
        var unchanged = PlanWith();
        var thursday = unchanged.Sessions[0];

        var plan = PlanWith(AthleteDecision.Moved(thursday.Uid, Monday.AddDays(3), new TimeOnly(7, 0)));

        var moved = plan.Sessions.Single(s => s.Uid == thursday.Uid);
        Assert.Equal((Monday.AddDays(3), new TimeOnly(7, 0)), (moved.Date, moved.StartLocal));
        Assert.StartsWith("you moved this session to Thursday 07:00", moved.Reason, StringComparison.Ordinal);
        Assert.Equal(unchanged.Sessions.Select(s => s.Uid), plan.Sessions.Select(s => s.Uid));
        Assert.Equal(DayOfWeek.Sunday, plan.Sessions[1].Date.DayOfWeek);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void MovedSession_OntoTheDayBeforeTheLongRun_IsKept_WithARule13Warning()
    {
        var thursday = PlanWith().Sessions[0];

        var plan = PlanWith(AthleteDecision.Moved(thursday.Uid, Monday.AddDays(5), new TimeOnly(10, 0)));

        Assert.Equal(Monday.AddDays(5), plan.Sessions.Single(s => s.Uid == thursday.Uid).Date);
        Assert.Contains(plan.Warnings, w => w.StartsWith("rule 13 - you moved a session to Saturday", StringComparison.Ordinal));
        // Sunday evening is 32 h after Saturday's heavy session: rule 16 keeps it out, another day takes the second session.
        Assert.Equal(2, plan.Sessions.Count);
        Assert.DoesNotContain(plan.Sessions, s => s.Date.DayOfWeek == DayOfWeek.Sunday);
    }

    [Fact]
    public void DeletedSession_IsNotPlannedAgainThatWeek_AndTheOthersKeepTheirUids()
    {
        var unchanged = PlanWith();
        var sunday = unchanged.Sessions[1];

        var plan = PlanWith(AthleteDecision.Removed(sunday.Uid));

        Assert.Equal([Key(unchanged.Sessions[0])], plan.Sessions.Select(Key));
        Assert.Contains(plan.Warnings, w => w.Contains("you deleted a session", StringComparison.Ordinal));
    }

    [Fact]
    public void DecisionsOfAnotherWeek_ChangeNothing()
    {
        var plan = PlanWith(AthleteDecision.Removed("rs-20261123-1@runnerstrength"), AthleteDecision.Moved("rs-20261207-2@runnerstrength", Monday.AddDays(2), new TimeOnly(7, 0)));

        Assert.Equal(PlanWith().Sessions.Select(Key), plan.Sessions.Select(Key));
    }

    private static (string Uid, DateOnly Date, TimeOnly Start, string Summary, string Reason) Key(PlannedSession s) =>
        (s.Uid, s.Date, s.StartLocal, s.Prescription.Summary, s.Reason);
}
