namespace RunnerStrength.Training.Classification;

/// <summary>The heart-rate and pace anchors the classifier used, and where each came from (rule 8).</summary>
/// <param name="MaxHeartRate">HRmax in bpm, or null when nothing gives one.</param>
/// <param name="MaxHeartRateSource">"configured", "observed" or "age".</param>
/// <param name="ThresholdHeartRate">LTHR in bpm, or null.</param>
/// <param name="ThresholdHeartRateSource">"configured" or "0.90 x HRmax".</param>
/// <param name="ThresholdSpeed">Threshold pace as a speed in m/s, or null.</param>
public sealed record AthleteThresholds(double? MaxHeartRate, string MaxHeartRateSource, double? ThresholdHeartRate, string ThresholdHeartRateSource, double? ThresholdSpeed)
{
    /// <summary>The athlete's usual easy speed in m/s from their recent runs, or null: the pace reference when no threshold pace is configured.</summary>
    public double? EasySpeed { get; init; }

    /// <summary>The speed from which lap time counts as hard without heart rate: the configured threshold pace, else the usual easy pace made faster by the setting.</summary>
    public (double Speed, string Source)? HardSpeed(ClassifierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ThresholdSpeed is { } threshold ? (threshold, $"threshold pace {Pace.PerKm(threshold)}")
            : EasySpeed is { } easy ? (easy * settings.HardSpeedOverEasy, $"{Pace.PerKm(easy * settings.HardSpeedOverEasy)}, {Pace.Share(settings.HardSpeedOverEasy)} faster than your usual easy {Pace.PerKm(easy)}")
            : null;
    }

    /// <summary>The heart rate from which time counts as hard: max(0.95 x LTHR, 0.88 x HRmax).</summary>
    public double? HardHeartRate(ClassifierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var fromThreshold = ThresholdHeartRate * settings.HardShareOfThreshold;
        var fromMax = MaxHeartRate * settings.HardShareOfMax;
        return (fromThreshold, fromMax) switch
        {
            ({ } t, { } m) => Math.Max(t, m),
            ({ } t, null) => t,
            (null, { } m) => m,
            _ => null,
        };
    }
}
