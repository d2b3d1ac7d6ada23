using System.Text.RegularExpressions;

namespace RunnerStrength.Training.Classification;

/// <summary>
/// Words in an activity's name that hint at what it was (training-rules.md, section 1.5 steps 1 and 6), in
/// English and the languages European runners name their runs in: French, German, Spanish, Italian, Dutch.
/// A name is weak evidence: it decides with low confidence, and only when the data say nothing stronger.
/// </summary>
internal static partial class Keywords
{
    /// <summary>True when the name says race (race, parkrun, marathon, half, 10k, 5k, Wettkampf, course, carrera...).</summary>
    public static bool SaysRace(string name) => RaceWords().IsMatch(name);

    /// <summary>The kind of workout the name names, or null.</summary>
    public static ActivityKind? WorkoutKind(string name) =>
        IntervalWords().IsMatch(name) ? ActivityKind.Interval
        : TempoWords().IsMatch(name) ? ActivityKind.Tempo
        : null;

    [GeneratedRegex(@"\b(race|parkrun|marathon|half|10\s?k|5\s?k|wettkampf|halbmarathon|course|semi|carrera|marat[oó]n|gara|maratona|mezza|wedstrijd|halve|competition)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaceWords();

    [GeneratedRegex(@"\b(intervals?|reps|repeats|fartlek|track|hills?|vo2|pyramid|fractionn[ée]s?|vma|pyramide|s[ée]ries|c[ôo]tes|intervalle?|intervallen?|bahn|bergl[äa]ufe|h[üu]gel|series|intervalos|cuestas|ripetute|intervalli|salite|herhalingen|heuvels|baantraining)\b|\d+\s*[x×]\s*\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntervalWords();

    [GeneratedRegex(@"\b(tempo|threshold|LT|cruise|progression|MP|marathon pace|seuil|schwelle|schwellenlauf|tempolauf|tempodauerlauf|umbral|soglia|progressivo|drempel|drempelloop)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TempoWords();
}
