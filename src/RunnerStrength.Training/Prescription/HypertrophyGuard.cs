using System.Globalization;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Training.Prescription;

/// <summary>
/// Rule 27: strength, not hypertrophy. A working set of more than 6 reps at 55 % 1RM or more is never
/// allowed; more than 6 reps below 55 % only while learning the hinge (skill phase).
/// </summary>
public static class HypertrophyGuard
{
    /// <summary>Most reps allowed in a set at or above <see cref="HeavyPercent"/>.</summary>
    public const int MaxReps = 6;

    /// <summary>The intensity from which high reps build size rather than strength.</summary>
    public const int HeavyPercent = 55;

    /// <summary>Every set that breaks rule 27, as sentences; empty when the sets are allowed.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<PrescribedSet> sets, Phase phase)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.Where(s => !s.Warmup && s.Reps > MaxReps && (s.PercentOneRepMax >= HeavyPercent || phase != Phase.Skill))
            .Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Reps} reps at {s.PercentOneRepMax} % 1RM breaks rule 27 (at most {MaxReps} reps from {HeavyPercent} %, more only light in the skill phase)"))
            .ToList();
    }
}
