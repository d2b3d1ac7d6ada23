namespace RunnerStrength.Fit.Workouts;

/// <summary>The profile's exercise numbers for the deadlift variants the planner prescribes.</summary>
public static class FitDeadlifts
{
    /// <summary><c>exercise_category</c> deadlift.</summary>
    public const ushort Category = 8;

    /// <summary>
    /// The <c>deadlift_exercise_name</c> of a plan's exercise: <c>barbell_deadlift</c> 0, the hex bar as
    /// FIT names it, <c>trap_bar_deadlift</c> 17, and <c>kettlebell_deadlift</c> 20.
    /// </summary>
    public static ushort ExerciseName(string exercise) => exercise switch
    {
        "kettlebell_deadlift" => 20,
        "hex_bar_deadlift" or "trap_bar_deadlift" => 17,
        "barbell_deadlift" => 0,
        _ => throw new ArgumentException($"'{exercise}' is not a deadlift the plans prescribe.", nameof(exercise)),
    };
}
