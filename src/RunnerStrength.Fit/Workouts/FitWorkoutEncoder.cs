using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Writing;

namespace RunnerStrength.Fit.Workouts;

/// <summary>
/// Writes a workout file (FIT file type 5) a Garmin watch loads: <c>file_id</c>, one <c>workout</c>
/// (sport training, sub-sport strength training) and a <c>workout_step</c> per set and rest. A set is
/// counted in reps (duration type 29) with the exercise and its weight; a rest is timed.
/// </summary>
public static class FitWorkoutEncoder
{
    private const ushort FileIdMessage = 0;
    private const ushort WorkoutMessage = 26;
    private const ushort WorkoutStepMessage = 27;
    private const byte WorkoutFileType = 5;
    private const ushort DevelopmentManufacturer = 255;
    private const byte SportTraining = 10;
    private const byte SubSportStrengthTraining = 20;
    private const byte DurationTime = 0;
    private const byte DurationReps = 29;
    private const byte TargetOpen = 2;
    private const ushort Kilogram = 1;

    // Fixed string sizes keep one definition per message kind; longer names are cut at a character.
    private const int WorkoutNameBytes = 48;
    private const int StepNameBytes = 24;
    private const int NotesBytes = 32;

    /// <param name="workout">The workout.</param>
    /// <param name="created">When the file is made (<c>time_created</c>); with the name it tells versions apart.</param>
    public static byte[] Encode(FitWorkout workout, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(workout);
        if (workout.Steps.Count is 0 or > 0x0FFF)
        {
            throw new ArgumentException($"A workout needs 1 to 4095 steps (got {workout.Steps.Count}).", nameof(workout));
        }

        var writer = new FitFileWriter();
        writer.Write(new FitMessageBuilder(FileIdMessage)
            .Enum(0, WorkoutFileType)
            .UInt16(1, DevelopmentManufacturer)
            .UInt16(2, 0)
            .UInt32(4, FitDateTime.FromDateTimeOffset(created)));
        writer.Write(new FitMessageBuilder(WorkoutMessage)
            .Enum(4, SportTraining)
            .UInt16(6, checked((ushort)workout.Steps.Count))
            .String(8, workout.Name, WorkoutNameBytes)
            .Enum(11, SubSportStrengthTraining));
        for (var i = 0; i < workout.Steps.Count; i++)
        {
            writer.Write(Step(checked((ushort)i), workout.Steps[i]));
        }

        return writer.ToArray();
    }

    private static FitMessageBuilder Step(ushort index, FitWorkoutStep step)
    {
        var isSet = step.Reps is not null;
        var duration = isSet ? (uint)step.Reps!.Value : checked((uint)Math.Round((step.Rest ?? TimeSpan.Zero).TotalMilliseconds));
        return new FitMessageBuilder(WorkoutStepMessage)
            .UInt16(254, index)
            .String(0, step.Name, StepNameBytes)
            .Enum(1, isSet ? DurationReps : DurationTime)
            .UInt32(2, duration)
            .Enum(3, TargetOpen)
            .UInt32(4, 0)
            .Enum(7, (byte)step.Intensity)
            .String(8, step.Notes, NotesBytes)
            .UInt16(10, isSet ? FitDeadlifts.Category : null)
            .UInt16(11, isSet ? step.ExerciseName : null)
            .UInt16(12, step.WeightKg is { } kg ? checked((ushort)Math.Round(kg * 100)) : null)
            .UInt16(13, step.WeightKg is null ? null : Kilogram);
    }
}
