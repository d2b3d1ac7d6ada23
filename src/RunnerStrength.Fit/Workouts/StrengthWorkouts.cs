using System.Globalization;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Fit.Workouts;

/// <summary>A planned session as a watch workout: each set a step with its reps and load, a timed rest between sets.</summary>
public static class StrengthWorkouts
{
    public static FitWorkout From(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var prescription = session.Prescription;
        var exercise = FitDeadlifts.ExerciseName(prescription.Exercise);
        var sets = prescription.Sets;
        var warmups = sets.Count(s => s.Warmup);
        var working = sets.Count - warmups;
        var steps = new List<FitWorkoutStep>(sets.Count * 2);
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            var name = set.Warmup
                ? string.Create(CultureInfo.InvariantCulture, $"Warm-up {i + 1}/{warmups}")
                : string.Create(CultureInfo.InvariantCulture, $"Set {i - warmups + 1}/{working}");
            var notes = string.Create(CultureInfo.InvariantCulture, $"{set.PercentOneRepMax} % of 1RM");
            steps.Add(FitWorkoutStep.Set(name, set.Warmup, exercise, set.Reps, set.LoadKg, notes));
            if (i < sets.Count - 1)
            {
                steps.Add(FitWorkoutStep.Pause(SetRest.After(set, prescription.Heavy)));
            }
        }

        var label = char.ToUpperInvariant(prescription.Exercise[0]) + prescription.Exercise[1..].Replace('_', ' ');
        return new FitWorkout($"{label} {prescription.Summary}", steps);
    }

    /// <summary>The file name of a session's workout: its date and calendar identity.</summary>
    public static string FileName(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return string.Create(CultureInfo.InvariantCulture, $"{session.Date:yyyy-MM-dd}-{SafeUid(session.Uid)}.fit");
    }

    private static string SafeUid(string uid) => new([.. uid.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '-')]);
}
