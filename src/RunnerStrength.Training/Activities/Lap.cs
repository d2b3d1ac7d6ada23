namespace RunnerStrength.Training.Activities;

/// <summary>One lap as the device or Strava recorded it.</summary>
/// <param name="Elapsed">Lap time.</param>
/// <param name="DistanceM">Lap distance in metres, when known.</param>
public sealed record Lap(TimeSpan Elapsed, double? DistanceM)
{
    /// <summary>Average heart rate, beats per minute.</summary>
    public double? AverageHeartRate { get; init; }

    /// <summary>FIT lap intensity, when the file says.</summary>
    public LapIntensity? Intensity { get; init; }

    /// <summary>The structured-workout step the lap belongs to (FIT <c>wkt_step_index</c>).</summary>
    public int? WorkoutStepIndex { get; init; }

    /// <summary>Average speed in m/s, from distance and time.</summary>
    public double? Speed => DistanceM is { } d && Elapsed > TimeSpan.Zero ? d / Elapsed.TotalSeconds : null;
}
