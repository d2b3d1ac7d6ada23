using System.Globalization;
using System.Text;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Calendar.Rendering;

/// <summary>What a runner reads in the calendar: a summary at a glance, the sets and the reason inside.</summary>
public static class SessionText
{
    /// <summary>E.g. "Hex bar deadlift 4×3 @ 100 kg".</summary>
    public static string Summary(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var working = session.Prescription.Sets.Where(s => !s.Warmup).ToList();
        var load = working.Count > 0 && working[0].LoadKg is { } kg
            ? string.Create(CultureInfo.InvariantCulture, $"{kg:0.##} kg")
            : string.Create(CultureInfo.InvariantCulture, $"{(working.Count > 0 ? working[0].PercentOneRepMax : 0)} %");
        return string.Create(CultureInfo.InvariantCulture, $"{Exercise(session.Prescription.Exercise)} {working.Count}×{(working.Count > 0 ? working[0].Reps : 0)} @ {load}");
    }

    /// <summary>Warm-up and working sets with loads, then why this day.</summary>
    public static string Description(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var text = new StringBuilder();
        var warmups = session.Prescription.Sets.Where(s => s.Warmup).ToList();
        if (warmups.Count > 0)
        {
            text.Append("Warm-up: ").AppendJoin(", ", warmups.Select(Set)).Append('\n');
        }

        text.Append("Working sets: ").AppendJoin(", ", session.Prescription.Sets.Where(s => !s.Warmup).Select(Set)).Append('\n');
        text.Append("Why this day: ").Append(session.Reason);
        return text.ToString();
    }

    private static string Set(PrescribedSet set) => set.LoadKg is { } kg
        ? string.Create(CultureInfo.InvariantCulture, $"{set.Reps} × {kg:0.##} kg ({set.PercentOneRepMax} %)")
        : string.Create(CultureInfo.InvariantCulture, $"{set.Reps} × {set.PercentOneRepMax} % 1RM");

    // "hex_bar_deadlift" reads "Hex bar deadlift".
    private static string Exercise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' ');
}
