using System.Globalization;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Classification;

/// <summary>Reads repeats out of laps: FIT step structure (rule 5) or fast/slow lap speeds (rule 6).</summary>
internal static class LapStructure
{
    /// <summary>Rule 5: the device says so, by lap intensity or workout steps. Returns the facts, or null.</summary>
    public static string? FromDeviceSteps(IReadOnlyList<Lap> laps, ClassifierSettings settings)
    {
        var marked = laps.Where(l => l.Intensity is LapIntensity.Active or LapIntensity.Interval or LapIntensity.Rest or LapIntensity.Recovery).ToList();
        var alternations = marked.Zip(marked.Skip(1)).Count(p => IsWork(p.First) != IsWork(p.Second));
        if (alternations >= settings.IntensityAlternations && marked.Count(IsWork) >= 2)
        {
            return string.Create(CultureInfo.InvariantCulture, $"device laps alternate work and rest {alternations} times ({marked.Count(IsWork)} work laps)");
        }

        var steps = laps.Where(l => l.WorkoutStepIndex is not null && l.Intensity is not (LapIntensity.Rest or LapIntensity.Recovery or LapIntensity.Warmup or LapIntensity.Cooldown))
            .Select(l => l.WorkoutStepIndex).Distinct().Count();
        return steps >= settings.ActiveWorkoutSteps
            ? string.Create(CultureInfo.InvariantCulture, $"structured workout with {steps} active steps")
            : null;
    }

    /// <summary>Rule 6: lap speeds split into a fast and a slow group that alternate. Returns the facts, or null.</summary>
    public static string? FromLapSpeeds(IReadOnlyList<Lap> laps, ClassifierSettings settings)
    {
        var speeds = laps
            .Where(l => l.Elapsed >= settings.ShortestLap && l.Intensity is not (LapIntensity.Warmup or LapIntensity.Cooldown))
            .Select(l => l.Speed).OfType<double>().Where(s => s > 0).ToList();
        if (speeds.Count < settings.FastLaps + 1)
        {
            return null;
        }

        var mean = speeds.Average();
        var variation = Math.Sqrt(speeds.Sum(s => (s - mean) * (s - mean)) / speeds.Count) / mean;
        if (variation < settings.UniformLapVariation)
        {
            return null; // Uniform auto-laps are splits, not a workout.
        }

        var split = BestSplit(speeds);
        var fast = speeds.Where(s => s >= split).ToList();
        var slow = speeds.Where(s => s < split).ToList();
        var transitions = speeds.Zip(speeds.Skip(1)).Count(p => p.First >= split != p.Second >= split);
        var ratio = fast.Average() / slow.Average();
        return fast.Count >= settings.FastLaps && ratio >= settings.FastSlowRatio && transitions >= settings.Transitions && variation >= settings.LapSpeedVariation
            ? string.Create(CultureInfo.InvariantCulture,
                $"{fast.Count} fast laps at {Pace.PerKm(fast.Average())} alternating with {slow.Count} slow at {Pace.PerKm(slow.Average())} (speed ratio {ratio:0.00}, lap CV {variation:0.00})")
            : null;
    }

    private static bool IsWork(Lap lap) => lap.Intensity is LapIntensity.Active or LapIntensity.Interval;

    // The threshold that best separates two groups (largest between-group variance, as Otsu's method).
    private static double BestSplit(List<double> speeds)
    {
        var sorted = speeds.Order().ToList();
        var best = (Score: double.MinValue, Split: sorted[^1]);
        for (var i = 1; i < sorted.Count; i++)
        {
            var low = sorted.Take(i).ToList();
            var high = sorted.Skip(i).ToList();
            var score = low.Count * high.Count * Math.Pow(high.Average() - low.Average(), 2);
            if (score > best.Score)
            {
                best = (score, sorted[i]);
            }
        }

        return best.Split;
    }
}
