using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Races;
using RunnerStrength.Training.Strength;
using RunnerStrength.Training.Tests.Planning;
using static RunnerStrength.Training.Tests.Planning.PlanningScenario;

namespace RunnerStrength.Training.Tests.Strength;

/// <summary>Rules 22-26, 28, 30 and 33: loads from the strength log, and the guards around them.</summary>
public class StrengthRulesTests
{
    private static readonly AthleteProfile Hex = new PlanningScenario().Profile; // 1RM 120 kg, 1.25 kg plates

    private static StrengthSession Session(DateOnly date, double kg, double rpe, bool failed = false, string exercise = "hex_bar_deadlift", int sets = 4, int reps = 4) =>
        new(date, exercise, Enumerable.Repeat(new StrengthSet(reps, kg, rpe), sets).ToList()) { Failed = failed };

    [Theory]
    [InlineData(10, 97.5)]  // a short break: no cut, progression as usual (95 + 4.75 down to the plates)
    [InlineData(20, 85.0)]  // 15-28 days: 10 % lighter (85.5 rounded down to the plates)
    [InlineData(40, 75.0)]  // 29-56 days: 20 % lighter
    [InlineData(70, 62.5)]  // longer: restart from 0.7 x the estimated 1RM (114 kg from 4 reps at RPE 8), at 80 %
    public void Rule23_ReEntryAfterAGap_LowersTheLoadByTheGap(int gapDays, double expected)
    {
        var log = new[] { Session(Monday.AddDays(-gapDays), 95, 8) };

        var decision = LoadProgression.Decide(log, "hex_bar_deadlift", Monday, Hex, mayIncrease: true);

        Assert.Equal(expected, decision!.LoadKg);
        Assert.StartsWith(gapDays > 14 ? "rule 23" : "rule 25", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 5, null, 116.667)] // Epley: 100 x (1 + 5/30)
    [InlineData(100, 1, null, 100.0)]   // a single is the max itself
    [InlineData(100, 3, 8.0, 116.667)]  // RPE 8 leaves 2 reps in reserve: counted as 5
    [InlineData(60, 11, null, null)]    // more than 10 reps says too little
    public void Rule24_EstimatedOneRepMax_IsEpleyWithRepsInReserve(double kg, int reps, double? rpe, double? expected)
    {
        var estimate = OneRepMax.Estimate(kg, reps, rpe);

        if (expected is null)
        {
            Assert.Null(estimate);
        }
        else
        {
            Assert.Equal(expected.Value, estimate!.Value, 3);
        }
    }

    [Theory]
    [InlineData(80, 8.0, 10, 82.5)]  // easy enough, a week since: +5 % (84) rounded down to the plates
    [InlineData(104, 7.0, 10, 105.0)] // at 85 % of the 1RM or more: +2.5 kg, down to the plates
    [InlineData(80, 9.0, 10, 80.0)]  // RPE 9: same load
    public void Rule25_LoadGoesUpOnlyAfterAnEasySession_InSmallSteps(double kg, double rpe, int daysAgo, double expected)
    {
        var log = new[] { Session(Monday.AddDays(-daysAgo - 7), kg, rpe), Session(Monday.AddDays(-daysAgo), kg, rpe) };

        Assert.Equal(expected, LoadProgression.Decide(log, "hex_bar_deadlift", Monday, Hex, mayIncrease: true)!.LoadKg);
    }

    [Fact]
    public void Rule25_AtMostOneIncreaseInSevenDays()
    {
        var log = new[] { Session(Monday.AddDays(-5), 80, 7), Session(Monday.AddDays(-2), 82.5, 7) };

        var decision = LoadProgression.Decide(log, "hex_bar_deadlift", Monday, Hex, mayIncrease: true)!;

        Assert.Equal(82.5, decision.LoadKg);
        Assert.Contains("less than 7 days ago", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule25_KettlebellsGoUpOneBell_AfterTwoEasySessions()
    {
        var kettlebell = Hex with { DeadliftStage = DeadliftStage.Kettlebell };
        var once = new[] { Session(Monday.AddDays(-4), 20, 6, exercise: "kettlebell_deadlift") };
        var twice = new[] { Session(Monday.AddDays(-8), 20, 6, exercise: "kettlebell_deadlift"), Session(Monday.AddDays(-4), 20, 6, exercise: "kettlebell_deadlift") };

        Assert.Equal(20, LoadProgression.Decide(once, "kettlebell_deadlift", Monday, kettlebell, true)!.LoadKg);
        Assert.Equal(24, LoadProgression.Decide(twice, "kettlebell_deadlift", Monday, kettlebell, true)!.LoadKg);
    }

    [Fact]
    public void Rule26_AFailedSessionRepeats_TwoInARowCutTenPercent()
    {
        var once = new[] { Session(Monday.AddDays(-4), 100, 9.5, failed: true) };
        var twice = new[] { Session(Monday.AddDays(-8), 100, 9.5, failed: true), Session(Monday.AddDays(-4), 100, 9.5, failed: true) };

        Assert.Equal(100, LoadProgression.Decide(once, "hex_bar_deadlift", Monday, Hex, true)!.LoadKg);
        Assert.Equal(90, LoadProgression.Decide(twice, "hex_bar_deadlift", Monday, Hex, true)!.LoadKg);
    }

    [Fact]
    public void Rule22_LongMaintenance_FromBackToBackARaces_Warns()
    {
        var races = new List<Race>
        {
            new(Monday.AddDays(-35), "First goal", 42.2, RacePriority.A),
            new(Monday.AddDays(-7), "Second goal", 42.2, RacePriority.A),
            new(Monday.AddDays(20), "Third goal", 42.2, RacePriority.A),
        };

        var plan = new PlanningScenario { Races = races }.Plan();

        Assert.Contains(plan.Warnings, w => w.StartsWith("rule 22 - 9 weeks in maintenance", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule28_MoreThanTenWorkingSetsInAWeek_Warns()
    {
        var log = new[] { Session(Monday, 90, 8, sets: 6), Session(Monday.AddDays(1), 90, 8, sets: 6) };

        var plan = new PlanningScenario { Today = Monday.AddDays(2), Log = [.. log] }.Plan();

        Assert.Contains(plan.Warnings, w => w.StartsWith("rule 28 - ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule30_KettlebellToHexBar_IsProposedAfterSixEasySessionsOverFourWeeks()
    {
        var kettlebell = new PlanningScenario { Stage = DeadliftStage.Kettlebell, OneRepMaxKg = null };
        var log = Enumerable.Range(0, 6).Select(i => Session(Monday.AddDays(-40 + (6 * i)), 32, 6, exercise: "kettlebell_deadlift", sets: 3, reps: 8)).ToList();

        var plan = (kettlebell with { Log = log }).Plan();
        var early = (kettlebell with { Log = log.Take(4).ToList() }).Plan();

        Assert.StartsWith("rule 30 - 6 kettlebell sessions", plan.Proposal, StringComparison.Ordinal);
        Assert.Null(early.Proposal);
        Assert.Equal(DeadliftStage.Kettlebell, kettlebell.Profile.DeadliftStage); // proposed, not applied
    }

    [Fact]
    public void Rule30_TheChecklist_SaysWhichCriteriaAreMetSoFar()
    {
        var kettlebell = new PlanningScenario { Stage = DeadliftStage.Kettlebell, OneRepMaxKg = null }.Profile;
        var log = Enumerable.Range(0, 4).Select(i => Session(Monday.AddDays(-40 + (6 * i)), 32, 6, exercise: "kettlebell_deadlift", sets: 3, reps: 8)).ToList();

        var checklist = ExerciseProgression.Checklist(log, kettlebell, Monday);

        Assert.Equal(
            [("at least 6 kettlebell sessions (4 so far)", false), ("at least 4 weeks since the first (5 so far)", true),
             ("3 sets of 8 at RPE 6 or easier with your heaviest bell (32 kg)", true), ("no pain reported in the last 4 weeks", true), ("a hex bar to move to", true)],
            checklist.Select(c => (c.Text, c.Met)));
        Assert.Empty(ExerciseProgression.Checklist(log, kettlebell with { DeadliftStage = DeadliftStage.Barbell }, Monday));
    }

    [Fact]
    public void Rule30_PainReported_StepsBack()
    {
        var log = new[] { Session(Monday.AddDays(-3), 90, 8) with { Pain = true } };

        Assert.StartsWith("rule 30 - pain was reported", ExerciseProgression.Proposal(log, Hex, Monday), StringComparison.Ordinal);
    }

    [Fact]
    public void Rule33_InAWeekWithARunningSpike_TheLoadDoesNotGoUp()
    {
        var history = Enumerable.Range(1, 16).Select(i => Run(Monday.AddDays(-2 * i), 8, 40, 8, id: $"h{i}"));
        var thisWeek = new[] { Run(Monday.AddDays(1), 7, 60, 12, 165), Run(Monday.AddDays(3), 7, 60, 12, 165), Run(Monday.AddDays(6), 8, 150, 28) };
        var log = new[] { Session(Monday.AddDays(-5), 80, 7), Session(Monday.AddDays(-2), 80, 7) };
        var plan = new PlanningScenario { Today = Monday.AddDays(7), Activities = [.. history, .. thisWeek], Log = [.. log] }.Plan();

        Assert.All(plan.Sessions, s => Assert.All(s.Prescription.Sets.Where(set => !set.Warmup), set => Assert.Equal(80, set.LoadKg)));
        Assert.Contains(plan.Sessions, s => s.Reason.Contains("rule 33", StringComparison.Ordinal));
    }
}
