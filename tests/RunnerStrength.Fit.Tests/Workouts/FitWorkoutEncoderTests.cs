using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Profile;
using RunnerStrength.Fit.Tests.Decoding;
using RunnerStrength.Fit.Workouts;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Fit.Tests.Workouts;

/// <summary>Workout files decoded by our own decoder: what the planner prescribed is what the watch gets.</summary>
public sealed class FitWorkoutEncoderTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(WorkoutSessions.All), MemberType = typeof(WorkoutSessions))]
    public void EverySession_DecodesWithoutError_IntoItsSetsRepsAndLoads(string name, DeadliftStage stage, Phase phase, double? oneRepMaxKg)
    {
        var session = WorkoutSessions.Of(stage, phase, oneRepMaxKg);

        var (result, messages) = MessageCollector.Decode(FitWorkoutEncoder.Encode(StrengthWorkouts.From(session), Created));
        var fileId = Assert.Single(messages, m => m.GlobalNumber == 0);
        var workout = Assert.Single(messages, m => m.GlobalNumber == 26);
        var steps = messages.Where(m => m.GlobalNumber == 27).ToList();
        var sets = steps.Where(s => s.GetRaw(1) == 29).ToList();

        Assert.True(result.IntegrityOk, name);
        Assert.Empty(result.Errors);
        Assert.Equal((5L, 255L, Created), (fileId.GetRaw(0)!.Value, fileId.GetRaw(1)!.Value, FitDateTime.ToDateTimeOffset(fileId.GetRaw(4)!.Value)));
        Assert.Equal((10L, 20L, (long)steps.Count), (workout.GetRaw(4)!.Value, workout.GetRaw(11)!.Value, workout.GetRaw(6)!.Value));
        Assert.StartsWith(DeadliftStages.Label(stage), workout.GetString(8), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Enumerable.Range(0, steps.Count).Select(i => (long)i), steps.Select(s => s.GetRaw(254)!.Value));
        Assert.Equal(session.Prescription.Sets.Select(s => (long)s.Reps), sets.Select(s => s.GetRaw(2)!.Value));
        Assert.Equal(session.Prescription.Sets.Select(s => s.LoadKg), sets.Select(s => s.GetValue(12)));
        Assert.Equal(session.Prescription.Sets.Select(s => s.Warmup ? 2L : 0L), sets.Select(s => s.GetRaw(7)!.Value));
        Assert.All(sets, s => Assert.Equal((8L, (long)FitDeadlifts.ExerciseName(session.Prescription.Exercise)), (s.GetRaw(10)!.Value, s.GetRaw(11)!.Value)));
        Assert.Equal(sets.Count - 1, steps.Count(s => s.GetRaw(1) == 0 && s.GetRaw(7) == 1));
    }

    [Fact]
    public void RestsFollowTheSet_AMinuteAfterWarmUps_ThreeMinutesBetweenHeavySets()
    {
        var session = WorkoutSessions.Of(DeadliftStage.HexBar, Phase.Build, 120);

        var workout = StrengthWorkouts.From(session);
        var (_, messages) = MessageCollector.Decode(FitWorkoutEncoder.Encode(workout, Created));
        var rests = messages.Where(m => m.GlobalNumber == 27 && m.GetRaw(7) == 1).Select(m => m.GetValue(2)).ToList();

        // Build: 3 warm-ups and 4 working sets, so 3 rests of 60 s after the warm-ups and 3 of 180 s between the working sets (the profile reads milliseconds as seconds).
        Assert.Equal([60, 60, 60, 180, 180, 180], rests.Select(r => r!.Value));
        Assert.Equal(["Warm-up 1/3", "Rest", "Warm-up 2/3", "Rest", "Warm-up 3/3", "Rest", "Set 1/4", "Rest", "Set 2/4"], workout.Steps.Take(9).Select(s => s.Name));
        Assert.Equal("Hex bar deadlift 4x4 @ 95 kg", workout.Name);
    }

    [Fact]
    public void TheExerciseNames_AreTheProfilesDeadlifts()
    {
        Assert.Equal("kettlebell_deadlift", FitEnums.Name("deadlift_exercise_name", FitDeadlifts.ExerciseName("kettlebell_deadlift")));
        Assert.Equal("trap_bar_deadlift", FitEnums.Name("deadlift_exercise_name", FitDeadlifts.ExerciseName("hex_bar_deadlift")));
        Assert.Equal("barbell_deadlift", FitEnums.Name("deadlift_exercise_name", FitDeadlifts.ExerciseName("barbell_deadlift")));
        Assert.Equal("deadlift", FitEnums.Name("exercise_category", FitDeadlifts.Category));
        Assert.Throws<ArgumentException>(() => FitDeadlifts.ExerciseName("back_squat"));
    }

    [Fact]
    public void ALongNameIsCutAtACharacter_AndTheFileStillDecodes()
    {
        var name = "Soulevé de terre à la barre hexagonale 🏋️ " + new string('é', 40);
        var workout = new FitWorkout(name, [FitWorkoutStep.Set("Série 1/1 très lourde", false, 17, 3, 102.5, null)]);

        var (result, messages) = MessageCollector.Decode(FitWorkoutEncoder.Encode(workout, Created));
        var written = messages.Single(m => m.GlobalNumber == 26).GetString(8)!;

        Assert.Empty(result.Errors);
        Assert.StartsWith(written, name, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(written) <= 47, written);
        Assert.Equal(102.5, messages.Single(m => m.GlobalNumber == 27).GetValue(12));
    }

    [Fact]
    public void AWorkoutWithoutSteps_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(new FitWorkout("empty", []), Created));

        Assert.Contains("1 to 4095 steps", error.Message, StringComparison.Ordinal);
    }
}
