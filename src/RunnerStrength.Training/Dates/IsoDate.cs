using System.Globalization;

namespace RunnerStrength.Training.Dates;

/// <summary>Dates as people type them everywhere in RunnerStrength: YYYY-MM-DD.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The problem with <paramref name="text"/> as a date, or null when it is one.</summary>
    public static string? Problem(string? text) => TryParse(text, out _) ? null : $"must be a date as YYYY-MM-DD (got '{text}')";
}
