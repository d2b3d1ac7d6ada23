namespace RunnerStrength.Fit.Workouts;

/// <summary>One step of a strength workout: a set of an exercise, or a rest.</summary>
/// <param name="Name">What the watch shows, e.g. "Set 2/4".</param>
/// <param name="Intensity">Warm-up and work sets, or rest.</param>
/// <param name="ExerciseName">The profile's <c>deadlift_exercise_name</c> number; null for a rest.</param>
/// <param name="Reps">Repetitions of a set; null for a rest.</param>
/// <param name="WeightKg">The load, when known.</param>
/// <param name="Rest">How long a rest lasts; null for a set.</param>
/// <param name="Notes">A line of guidance, e.g. "80 % of 1RM".</param>
public sealed record FitWorkoutStep(string Name, FitStepIntensity Intensity, ushort? ExerciseName, int? Reps, double? WeightKg, TimeSpan? Rest, string? Notes)
{
    /// <summary>A set of a deadlift variant.</summary>
    public static FitWorkoutStep Set(string name, bool warmup, ushort exerciseName, int reps, double? weightKg, string? notes) =>
        new(name, warmup ? FitStepIntensity.Warmup : FitStepIntensity.Active, exerciseName, reps, weightKg, null, notes);

    /// <summary>A timed rest.</summary>
    public static FitWorkoutStep Pause(TimeSpan rest) => new("Rest", FitStepIntensity.Rest, null, null, null, rest, null);
}
