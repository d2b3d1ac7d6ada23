using System.Globalization;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Prescription;

/// <summary>
/// Which kettlebell to pick up when there is no 1RM to take a percentage of: the stage's goal is 3 x 8 at RPE 6
/// or easier with the heaviest bell or about 30 % of body mass (rule 30), so a first bell is about 20 % of body
/// mass (16 kg without one), the nearest the athlete owns at or below it.
/// </summary>
public static class BellGuide
{
    /// <summary>The bell to use and why, or null when the sets already carry loads or the exercise is no kettlebell.</summary>
    public static string? Suggest(Prescription prescription, AthleteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        ArgumentNullException.ThrowIfNull(profile);
        if (prescription.Exercise != "kettlebell_deadlift" || prescription.Sets.Any(s => s.LoadKg is not null))
        {
            return null;
        }

        var target = profile.BodyMassKg is { } mass ? 0.2 * mass : 16;
        var bells = profile.Equipment.KettlebellsKg.Order().ToList();
        if (bells.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a kettlebell of about {target:0} kg; stop each set with 3-4 good reps left (RPE 6 or easier)");
        }

        var bell = bells.LastOrDefault(b => b <= target + 0.01, bells[0]);
        var heavier = bells.FirstOrDefault(b => b > bell);
        return string.Create(CultureInfo.InvariantCulture,
            $"the {bell:0.#} kg bell; stop each set with 3-4 good reps left (RPE 6 or easier){(heavier > 0 ? $", and take the {heavier:0.#} kg one when all sets feel that easy" : "")}");
    }
}
