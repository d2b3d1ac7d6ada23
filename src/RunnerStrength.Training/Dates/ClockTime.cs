using System.Globalization;

namespace RunnerStrength.Training.Dates;

/// <summary>A local time of day as people type it everywhere in RunnerStrength (the lifting time): 18:00 or 7:30.</summary>
public static class ClockTime
{
    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The problem with <paramref name="text"/> as a time of day, or null when it is one.</summary>
    public static string? Problem(string? text) => TryParse(text, out _) ? null : $"must be a local time as HH:mm, e.g. 18:00 (got '{text}')";
}
