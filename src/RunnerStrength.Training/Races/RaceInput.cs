using System.Globalization;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Training.Races;

/// <summary>
/// A race as people enter it (configuration, <c>race add</c>, the settings page): one parse, one set of
/// bounds, one sentence per problem. Problems are sentence endings ("must be ..."), each entry path
/// putting its own field name in front, so the same bad value reads the same everywhere.
/// </summary>
public static class RaceInput
{
    public const double MinDistanceKm = 0.1;
    public const double MaxDistanceKm = 1000;
    public const int MaxNameLength = 200;

    /// <summary>Reads a race, or says what is wrong with each field.</summary>
    public static (Race? Race, IReadOnlyList<(RaceField Field, string Problem)> Problems) Read(string? date, string? name, double? distanceKm, string? priority)
    {
        var problems = new List<(RaceField, string)>();
        if (!IsoDate.TryParse(date, out var day))
        {
            problems.Add((RaceField.Date, IsoDate.Problem(date)!));
        }

        if (NameProblem(name) is { } nameProblem)
        {
            problems.Add((RaceField.Name, nameProblem));
        }

        if (distanceKm is { } km && (double.IsNaN(km) || km < MinDistanceKm || km > MaxDistanceKm))
        {
            problems.Add((RaceField.Distance, string.Create(CultureInfo.InvariantCulture, $"must be between {MinDistanceKm} and {MaxDistanceKm} km (got {km})")));
        }

        RacePriority? chosen = null;
        if (!string.IsNullOrWhiteSpace(priority) && (chosen = ParsePriority(priority)) is null)
        {
            problems.Add((RaceField.Priority, $"must be A, B or C (got '{priority}')"));
        }

        return problems.Count > 0 ? (null, problems) : (new Race(day, name!.Trim(), distanceKm, chosen ?? Race.DefaultPriority(distanceKm)), problems);
    }

    /// <summary>A, B or C in any case; null for anything else.</summary>
    public static RacePriority? ParsePriority(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "A" => RacePriority.A,
        "B" => RacePriority.B,
        "C" => RacePriority.C,
        _ => null,
    };

    // Names reach terminals and calendars: control characters (a CR/LF could forge lines) are refused.
    private static string? NameProblem(string? name) => name?.Trim() switch
    {
        null or "" => "must name the race",
        { Length: > MaxNameLength } => $"must be at most {MaxNameLength} characters",
        var n when n.Any(char.IsControl) => "must not contain control characters (tabs, line breaks)",
        _ => null,
    };
}
