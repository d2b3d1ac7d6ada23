using System.Globalization;
using System.Text.RegularExpressions;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Web.Forms;

/// <summary>Sets as a lifter writes them: "5x100, 5x100, 3x110" (reps × kg each) or "4x5@100" (sets × reps @ kg).</summary>
internal static partial class StrengthSetsText
{
    public static (IReadOnlyList<StrengthSet> Sets, string? Error) Parse(string? text)
    {
        var sets = new List<StrengthSet>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var grouped = Grouped().Match(part);
            var single = Single().Match(part);
            if (grouped.Success)
            {
                var (count, reps, kg) = (Int(grouped, 1), Int(grouped, 2), Kg(grouped, 3));
                sets.AddRange(Enumerable.Repeat(new StrengthSet(reps, kg), count));
            }
            else if (single.Success)
            {
                sets.Add(new StrengthSet(Int(single, 1), Kg(single, 2)));
            }
            else
            {
                return ([], $"'{part}' is not a set: write reps x kg (5x100) or sets x reps @ kg (4x5@100), separated by commas.");
            }
        }

        return sets.Count == 0 ? ([], "Enter at least one set, e.g. 4x5@100.")
            : sets.Any(s => s.Reps is < 1 or > 50 || s.LoadKg is < 0 or > 500) ? ([], "Each set needs 1-50 reps and 0-500 kg.")
            : (sets, null);
    }

    /// <summary>Sets written back as <see cref="Parse"/> reads them ("4x5@100", runs of equal sets grouped); empty when a load is unknown.</summary>
    public static string Format(IReadOnlyList<StrengthSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count == 0 || sets.Any(s => s.LoadKg is null))
        {
            return "";
        }

        var groups = new List<(int Count, StrengthSet Set)>();
        foreach (var set in sets)
        {
            if (groups.Count > 0 && groups[^1].Set.Reps == set.Reps && groups[^1].Set.LoadKg == set.LoadKg)
            {
                groups[^1] = (groups[^1].Count + 1, set);
            }
            else
            {
                groups.Add((1, set));
            }
        }

        return string.Join(", ", groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count}x{g.Set.Reps}@{g.Set.LoadKg:0.##}")));
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static double Kg(Match match, int group) => double.Parse(match.Groups[group].Value.Replace(',', '.'), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+)\s*[x×]\s*(\d+)\s*@\s*(\d+(?:\.\d+)?)\s*(?:kg)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(\d+)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(?:kg)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Single();
}
