using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>Where a session may be moved (the days the hard rules allow, spaced from the others), and which bell to lift without a 1RM.</summary>
public class MoveOptionsTests
{
    [Fact]
    public void ThursdaysSession_MayGoOnlyToTuesday_InTheClassicWeek()
    {
        // Monday, Wednesday and Saturday come before key runs (rule 13); Friday is 48 h before Sunday's heavy session (rule 16).
        var plan = new PlanningScenario().Plan();
        var thursday = plan.Sessions.Single(s => s.Date.DayOfWeek == DayOfWeek.Thursday);

        Assert.Equal([new MoveSlot(PlanningScenario.Monday.AddDays(1), new TimeOnly(18, 0))], plan.MoveOptions[thursday.Uid]);
    }

    [Fact]
    public void ASessionAlreadyGone_HasNoMoveOptions()
    {
        var scenario = new PlanningScenario { Today = PlanningScenario.Monday.AddDays(5) };
        var given = new PlanningScenario().Plan().Sessions.Single(s => s.Date.DayOfWeek == DayOfWeek.Thursday);
        var plan = new Planner().Plan(new PlanningInput(scenario.WeekStart, scenario.Today, scenario.Profile, PlanningScenario.Paris, [], [], [])
        {
            ChangesFrom = new DateTimeOffset(PlanningScenario.Monday.AddDays(5).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(1)),
            Held = [given],
        });

        Assert.False(plan.MoveOptions.ContainsKey(given.Uid));
    }

    [Theory]
    [InlineData(70.0, "the 12 kg bell; stop each set with 3-4 good reps left (RPE 6 or easier), and take the 16 kg one when all sets feel that easy")]
    [InlineData(null, "the 16 kg bell; stop each set with 3-4 good reps left (RPE 6 or easier), and take the 20 kg one when all sets feel that easy")]
    public void WithoutA1RM_TheBellIsAFifthOfBodyMass_AmongThoseOwned(double? bodyMass, string expected)
    {
        var profile = new PlanningScenario { Stage = DeadliftStage.Kettlebell, OneRepMaxKg = null }.Profile with { BodyMassKg = bodyMass };
        var prescription = Prescriber.Prescribe(Phase.Skill, false, profile);

        Assert.Equal(expected, BellGuide.Suggest(prescription, profile));
    }
}
