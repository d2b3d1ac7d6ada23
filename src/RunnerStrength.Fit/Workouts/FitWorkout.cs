namespace RunnerStrength.Fit.Workouts;

/// <summary>A strength workout for the watch: its name and its steps in order.</summary>
public sealed record FitWorkout(string Name, IReadOnlyList<FitWorkoutStep> Steps);
