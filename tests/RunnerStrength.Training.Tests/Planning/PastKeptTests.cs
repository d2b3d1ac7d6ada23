using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Strength;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>Once a session has started it is history: done or missed, never moved again; replans change what is ahead only.</summary>
public class PastKeptTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);
    private static readonly DateOnly Wednesday = Monday.AddDays(2);

    // What calendars were given on Monday: Tuesday evening, and Sunday after the long run.
    private static readonly PlannedSession GivenTuesday = Given(1, Tuesday);
    private static readonly PlannedSession GivenSunday = Given(2, Monday.AddDays(6));

    [Fact]
    public void AHardRunFoundTheNextDay_DoesNotMoveTheSessionAlreadyGone_AndItCountsAsMissed()
    {
        // Wednesday's run was intervals: in hindsight Tuesday broke rule 13, but Tuesday has passed.
        var plan = Plan(today: Wednesday, now: At(Wednesday, 20), activities: [Run(Wednesday, 7, 55, 12, 170) with { MarkedAs = AthleteMark.Workout }]);

        var tuesday = Assert.Single(plan.Sessions, s => s.Date == Tuesday);
        Assert.Equal(GivenTuesday, tuesday); // as it was given: same UID, time, sets and reason
        Assert.Equal(SessionStatus.Missed, plan.StatusOf(tuesday));
        Assert.All(plan.Sessions.Where(s => s != tuesday), s => Assert.True(s.Date > Wednesday, $"{s.Date} is placed in the past"));
        Assert.Equal(2, plan.Sessions.Count); // the week's second session is still to come
    }

    [Fact]
    public void ALoggedSession_IsDone()
    {
        var log = new StrengthSession(Tuesday, "hex_bar_deadlift", [new StrengthSet(5, 100), new StrengthSet(5, 100), new StrengthSet(5, 100)]);

        var plan = Plan(today: Wednesday, now: At(Wednesday, 8), log: [log]);

        Assert.Equal(SessionStatus.Done, plan.StatusOf(plan.Sessions.Single(s => s.Date == Tuesday)));
        Assert.All(plan.Sessions.Where(s => s.Date > Tuesday), s => Assert.Equal(SessionStatus.Ahead, plan.StatusOf(s)));
    }

    [Fact]
    public void TodaysSessionNotYetStarted_MayStillMove_ButNothingIsPlacedBeforeNow()
    {
        // Thursday 20:00: Thursday's 18:00 slot has gone by, so the week's second session goes to a later day.
        var plan = Plan(today: Monday.AddDays(3), now: At(Monday.AddDays(3), 20), held: [GivenTuesday]);

        Assert.All(plan.Sessions.Where(s => s.Uid != GivenTuesday.Uid), s => Assert.True(s.Date > Monday.AddDays(3)));
    }

    [Fact]
    public void AWeekBeforeTheFirstPlan_IsPlannedInHindsight_AndSaysSo()
    {
        var plan = new PlanningScenario { Today = Monday.AddDays(9) }.Plan();

        Assert.NotEmpty(plan.Sessions);
        Assert.All(plan.Sessions, s => Assert.Equal(SessionStatus.Hindsight, plan.StatusOf(s)));
    }

    [Fact]
    public void ASessionPlacedInHindsightAtTheFirstPlan_IsNeverCalledMissed()
    {
        // The first plan was published on Wednesday: Tuesday's session was placed after the fact.
        var plan = new Planner().Plan(new PlanningInput(Monday, Wednesday, new PlanningScenario().Profile, Paris, [], [], [])
        {
            ChangesFrom = At(Wednesday, 20),
            Held = [GivenTuesday],
            FirstPlanned = At(Wednesday, 9),
        });

        Assert.Equal(SessionStatus.Hindsight, plan.StatusOf(GivenTuesday));
    }

    private static Plan Plan(DateOnly today, DateTimeOffset now, List<Activity>? activities = null, List<StrengthSession>? log = null, List<PlannedSession>? held = null)
    {
        var scenario = new PlanningScenario { Today = today, Activities = activities ?? [] };
        return new Planner().Plan(new PlanningInput(Monday, today, scenario.Profile, Paris, [], scenario.Activities, [])
        {
            ChangesFrom = now,
            Held = held ?? new[] { GivenTuesday, GivenSunday }.Where(s => At(s.Date, s.StartLocal.Hour) < now).ToList(),
            StrengthLog = log ?? [],
        });
    }

    private static PlannedSession Given(int ordinal, DateOnly date) =>
        new($"rs-{Monday:yyyyMMdd}-{ordinal}@runnerstrength", date, new TimeOnly(18, 0),
            RunnerStrength.Training.Prescription.Prescriber.Prescribe(Phase.Build, false, new PlanningScenario().Profile, 100), "as planned on Monday");

    private static DateTimeOffset At(DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Paris.GetUtcOffset(local));
    }
}
