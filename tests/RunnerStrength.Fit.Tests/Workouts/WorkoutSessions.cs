using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Fit.Tests.Workouts;

/// <summary>Planned sessions as the planner makes them, one per stage and phase a watch should carry.</summary>
internal static class WorkoutSessions
{
    public static PlannedSession Of(DeadliftStage stage, Phase phase, double? oneRepMaxKg, bool deload = false)
    {
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, stage, Equipment.Gym) { OneRepMaxKg = oneRepMaxKg };
        var prescription = Prescriber.Prescribe(phase, deload, profile);
        return new PlannedSession($"rs-2026-W49-1-{stage}-{phase}@runnerstrength", new DateOnly(2026, 12, 1), new TimeOnly(18, 0), prescription, "before an easy day");
    }

    public static TheoryData<string, DeadliftStage, Phase, double?> All() => new()
    {
        { "kettlebell skill, no 1RM", DeadliftStage.Kettlebell, Phase.Skill, null },
        { "hex bar build", DeadliftStage.HexBar, Phase.Build, 120 },
        { "barbell maintenance", DeadliftStage.Barbell, Phase.Maintenance, 150 },
        { "barbell taper", DeadliftStage.Barbell, Phase.Taper, 150 },
    };
}
