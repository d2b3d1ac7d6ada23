using System.Globalization;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Configuration;

/// <summary>How a race's fields are written by people, in configuration and on the command line.</summary>
internal static class RaceInput
{
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static RacePriority? ParsePriority(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "A" => RacePriority.A,
        "B" => RacePriority.B,
        "C" => RacePriority.C,
        _ => null,
    };
}
