using System.Globalization;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Training.Prescription;

/// <summary>
/// The session for a phase (training-rules.md section 4 templates): warm-up sets, then working sets,
/// loads from the estimated 1RM rounded down to the equipment.
/// </summary>
public static class Prescriber
{
    /// <summary>
    /// Prescribes one session for <paramref name="phase"/>; a deload halves the working sets (rule 29).
    /// <paramref name="workingLoadKg"/>, from the strength log's progression, replaces the phase's percentage.
    /// </summary>
    public static Prescription Prescribe(Phase phase, bool deload, AthleteProfile profile, double? workingLoadKg = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var (sets, reps, percent, heavy) = phase switch
        {
            Phase.Skill => (3, 8, 50, false),
            Phase.Build => (4, 4, 80, true),
            Phase.Maintenance => (3, 3, 80, true),
            Phase.Taper => (2, 3, 70, false),
            _ => (3, 3, 70, false), // Return: maintenance-level intensity (rule 21).
        };
        if (deload)
        {
            sets = Math.Max(1, sets / 2);
        }

        var workingSet = workingLoadKg is { } logged && logged > 0
            ? new PrescribedSet(reps, profile.OneRepMaxKg is { } max ? (int)Math.Round(logged / max * 100) : percent, logged, false)
            : Set(reps, percent, profile, warmup: false);
        var working = Enumerable.Repeat(workingSet, sets).ToList();
        var all = WarmUps(percent, profile).Concat(working).ToList();
        var exercise = DeadliftStages.Exercise(profile.DeadliftStage);
        var load = working[0].LoadKg is { } kg ? string.Create(CultureInfo.InvariantCulture, $" @ {kg:0.##} kg") : string.Create(CultureInfo.InvariantCulture, $" @ {percent} %");
        var duration = TimeSpan.FromMinutes(20 + (5 * all.Count));
        return new Prescription(exercise, all, heavy, duration, string.Create(CultureInfo.InvariantCulture, $"{sets}x{reps}{load}"));
    }

    // Section 4: empty bar or light bell x 5, ~50 % x 5, ~70 % x 3, and ~80-85 % x 1-2 before a top set of 85 % or more.
    private static IEnumerable<PrescribedSet> WarmUps(int workingPercent, AthleteProfile profile)
    {
        if (workingPercent <= 50)
        {
            yield return Set(5, 30, profile, warmup: true);
            yield break;
        }

        yield return Set(5, 40, profile, warmup: true);
        yield return Set(5, 50, profile, warmup: true);
        if (workingPercent >= 75)
        {
            yield return Set(3, 70, profile, warmup: true);
        }

        if (workingPercent >= 85)
        {
            yield return Set(1, 80, profile, warmup: true);
        }
    }

    private static PrescribedSet Set(int reps, int percent, AthleteProfile profile, bool warmup) =>
        new(reps, percent, profile.OneRepMaxKg is { } max ? LoadRounding.Round(max * percent / 100.0, profile.DeadliftStage, profile.Equipment) : null, warmup);
}
