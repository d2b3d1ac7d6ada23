using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Training.Tests.Prescription;

public class PrescriberTests
{
    private static AthleteProfile Athlete(DeadliftStage stage, double? oneRepMax) =>
        new("UTC", new TimeOnly(18, 0), WeeklyTemplate.Default, stage, Equipment.Gym) { OneRepMaxKg = oneRepMax };

    [Fact]
    public void Build_FourByFourAt80Percent_RoundedToThePlates()
    {
        var session = Prescriber.Prescribe(Phase.Build, deload: false, Athlete(DeadliftStage.HexBar, 123));

        Assert.Equal(("hex_bar_deadlift", true, "4x4 @ 97.5 kg"), (session.Exercise, session.Heavy, session.Summary)); // 98.4 kg down to 2.5 kg steps
        Assert.Equal([40, 50, 70], session.Sets.Where(s => s.Warmup).Select(s => s.PercentOneRepMax));
    }

    [Fact]
    public void Skill_KettlebellLoadsAreRealBells()
    {
        var session = Prescriber.Prescribe(Phase.Skill, deload: false, Athlete(DeadliftStage.Kettlebell, 50));

        Assert.All(session.Sets, s => Assert.Contains(s.LoadKg!.Value, Equipment.Gym.KettlebellsKg));
        Assert.Equal("3x8 @ 24 kg", session.Summary);
    }

    [Fact]
    public void WithoutAnEstimatedMax_LoadsArePercentagesOnly()
    {
        var session = Prescriber.Prescribe(Phase.Build, deload: false, Athlete(DeadliftStage.Barbell, null));

        Assert.All(session.Sets, s => Assert.Null(s.LoadKg));
        Assert.Equal("4x4 @ 80 %", session.Summary);
    }

    [Theory]
    [InlineData(Phase.Skill)]
    [InlineData(Phase.Build)]
    [InlineData(Phase.Maintenance)]
    [InlineData(Phase.Taper)]
    [InlineData(Phase.Return)]
    public void Rule27_NoPrescriptionIsEverInTheHypertrophyRange(Phase phase) =>
        Assert.Empty(HypertrophyGuard.Violations(Prescriber.Prescribe(phase, false, Athlete(DeadliftStage.HexBar, 140)).Sets, phase));

    [Theory]
    [InlineData(8, 60, Phase.Build, true)]  // 8 reps at 60 %: hypertrophy, never
    [InlineData(8, 50, Phase.Skill, false)] // light high reps while learning: allowed
    [InlineData(8, 50, Phase.Build, true)]  // ...but not once past the skill phase
    [InlineData(6, 85, Phase.Build, false)] // 6 reps is the limit
    public void Rule27_HypertrophyGuard(int reps, int percent, Phase phase, bool rejected) =>
        Assert.Equal(rejected, HypertrophyGuard.Violations([new PrescribedSet(reps, percent, null, false)], phase).Count > 0);

    [Theory]
    [InlineData(99.9, DeadliftStage.Barbell, 97.5)] // down to a pair of 1.25 kg plates
    [InlineData(15, DeadliftStage.HexBar, 20)]      // never below the empty bar
    [InlineData(23, DeadliftStage.Kettlebell, 20)]  // the heaviest bell not above the target
    [InlineData(5, DeadliftStage.Kettlebell, 8)]    // the lightest bell when all are heavier
    public void LoadRounding_MakesLoadsTheEquipmentCanMake(double target, DeadliftStage stage, double expected) =>
        Assert.Equal(expected, LoadRounding.Round(target, stage, Equipment.Gym));
}
