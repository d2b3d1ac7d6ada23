using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Strength;

/// <summary>A strength session done, from the athlete's log or a watch's strength activity.</summary>
/// <param name="Date">Local day.</param>
/// <param name="Exercise"><c>kettlebell_deadlift</c>, <c>hex_bar_deadlift</c> or <c>barbell_deadlift</c>.</param>
/// <param name="Sets">Working sets (warm-ups left out).</param>
public sealed record StrengthSession(DateOnly Date, string Exercise, IReadOnlyList<StrengthSet> Sets)
{
    /// <summary>True when prescribed reps were missed (rule 26).</summary>
    public bool Failed { get; init; }

    /// <summary>True when the athlete reported pain (rule 30: step back one level).</summary>
    public bool Pain { get; init; }

    /// <summary>The heaviest working load of the session, in kilograms.</summary>
    public double? TopLoadKg => Sets.Select(s => s.LoadKg).OfType<double>().DefaultIfEmpty().Max() is var max && max > 0 ? max : null;
}
