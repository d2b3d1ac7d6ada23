using System.Globalization;

namespace RunnerStrength.Training.Classification;

/// <summary>Speeds written the way runners read them.</summary>
internal static class Pace
{
    /// <summary>m/s as <c>m:ss/km</c>.</summary>
    public static string PerKm(double speed)
    {
        if (speed <= 0 || double.IsNaN(speed))
        {
            return "-";
        }

        var seconds = (int)Math.Round(1000 / speed);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}/km");
    }

    public static string Minutes(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMinutes:0} min");

    /// <summary>1.15 as "15 %".</summary>
    public static string Share(double factor) => string.Create(CultureInfo.InvariantCulture, $"{(factor - 1) * 100:0} %");

    public static string Km(double metres) => string.Create(CultureInfo.InvariantCulture, $"{metres / 1000:0.#} km");
}
