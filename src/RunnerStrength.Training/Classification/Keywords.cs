using System.Text.RegularExpressions;

namespace RunnerStrength.Training.Classification;

/// <summary>Words in an activity's name that hint at what it was (training-rules.md, section 1.5 steps 1 and 6).</summary>
internal static partial class Keywords
{
    /// <summary>True when the name says race (race, parkrun, marathon, half, 10k, 5k, Wettkampf, course, carrera...).</summary>
    public static bool SaysRace(string name) => RaceWords().IsMatch(name);

    /// <summary>The kind of workout the name names, or null.</summary>
    public static ActivityKind? WorkoutKind(string name) =>
        IntervalWords().IsMatch(name) ? ActivityKind.Interval
        : TempoWords().IsMatch(name) ? ActivityKind.Tempo
        : null;

    [GeneratedRegex(@"\b(race|parkrun|marathon|half|10\s?k|5\s?k|wettkampf|course|carrera|gara|competition)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaceWords();

    [GeneratedRegex(@"\b(intervals?|reps|repeats|fartlek|track|hills?|vo2)\b|\d+\s*[x×]\s*\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntervalWords();

    [GeneratedRegex(@"\b(tempo|threshold|LT|cruise|progression|MP|marathon pace)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TempoWords();
}
