namespace RunnerStrength.Fit.Summary;

/// <summary>One session message, in SI units (s, m, m/s, bpm, kcal).</summary>
/// <remarks><see cref="AvgSpeed"/> and <see cref="MaxSpeed"/> prefer the 32-bit enhanced fields.</remarks>
public sealed record FitSessionSummary(
    long? Sport,
    long? SubSport,
    DateTimeOffset? StartTime,
    DateTimeOffset? Timestamp,
    double? TotalElapsedTime,
    double? TotalTimerTime,
    double? TotalDistance,
    double? AvgHeartRate,
    double? MaxHeartRate,
    double? AvgSpeed,
    double? MaxSpeed,
    double? TotalAscent,
    double? TotalCalories,
    double? NumLaps);
