using System.Globalization;

namespace RunnerStrength.Training.Athletes;

/// <summary>
/// Bounds of the lifting numbers an athlete enters (1RM, kettlebell sizes, smallest plate), the same for
/// configuration, the command line and the web page. Problems are sentence endings ("must be ..."),
/// each entry path putting its own field name in front.
/// </summary>
public static class StrengthInput
{
    public const double MinOneRepMaxKg = 4;
    public const double MaxOneRepMaxKg = 500;
    public const double MaxKettlebellKg = 100;
    public const double MinPlateKg = 0.25;
    public const double MaxPlateKg = 25;

    public static string? OneRepMaxProblem(double? kg) => Range(kg, MinOneRepMaxKg, MaxOneRepMaxKg);

    public static string? SmallestPlateProblem(double? kg) => Range(kg, MinPlateKg, MaxPlateKg);

    public static string? KettlebellProblem(double kg) =>
        kg is > 0 and <= MaxKettlebellKg ? null : string.Create(CultureInfo.InvariantCulture, $"must list sizes above 0 and up to {MaxKettlebellKg} kg (got {kg})");

    /// <summary>Reads "8, 12, 16" into sizes; the problem names the first size that is not one.</summary>
    public static (IReadOnlyList<double> Sizes, string? Problem) ParseKettlebells(string? text)
    {
        var sizes = new List<double>();
        foreach (var size in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var kg))
            {
                return ([], $"must list sizes in kg separated by commas (got '{size}')");
            }

            if (KettlebellProblem(kg) is { } problem)
            {
                return ([], problem);
            }

            sizes.Add(kg);
        }

        return (sizes.Distinct().Order().ToList(), null);
    }

    private static string? Range(double? value, double min, double max) =>
        value is { } v && (double.IsNaN(v) || v < min || v > max)
            ? string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} kg (got {v})")
            : null;
}
