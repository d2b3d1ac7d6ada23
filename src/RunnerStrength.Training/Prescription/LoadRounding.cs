using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Prescription;

/// <summary>Turns a target load into one the athlete can actually make with their equipment, rounding down.</summary>
public static class LoadRounding
{
    /// <summary>An Olympic bar and a typical hex bar weigh 20 kg.</summary>
    public const double BarKg = 20;

    /// <summary>The heaviest load at or below <paramref name="targetKg"/> (never below the empty bar or the lightest bell).</summary>
    public static double Round(double targetKg, DeadliftStage stage, Equipment equipment)
    {
        ArgumentNullException.ThrowIfNull(equipment);
        if (stage == DeadliftStage.Kettlebell)
        {
            var bells = equipment.KettlebellsKg.Order().ToList();
            return bells.Count == 0 ? targetKg : bells.LastOrDefault(b => b <= targetKg + 1e-9, bells[0]);
        }

        // Plates go on in pairs: the load moves in steps of two of the smallest plate.
        var step = 2 * equipment.SmallestPlateKg;
        return Math.Max(BarKg, BarKg + (Math.Floor(((targetKg - BarKg) / step) + 1e-9) * step));
    }
}
