namespace RunnerStrength.Storage.Activities;

/// <summary>An activity as stored: the summary in columns, laps and distributions as JSON.</summary>
internal sealed class ActivityRow
{
    public int Id { get; set; }

    public int AthleteId { get; set; }

    /// <summary><c>strava</c> or <c>fit</c>.</summary>
    public required string Source { get; set; }

    public required string SourceId { get; set; }

    /// <summary>Start as Unix seconds: ordered and compared the same way on every provider.</summary>
    public DateTimeOffset Start { get; set; }

    public DateTime LocalStart { get; set; }

    public required string Sport { get; set; }

    public double ElapsedSeconds { get; set; }

    public double MovingSeconds { get; set; }

    public double? DistanceM { get; set; }

    public double? ElevationGainM { get; set; }

    public double? AverageHeartRate { get; set; }

    public double? MaxHeartRate { get; set; }

    public bool IsIndoor { get; set; }

    public int? WorkoutType { get; set; }

    public required string Name { get; set; }

    public string? Device { get; set; }

    public double? AerobicTrainingEffect { get; set; }

    public double? AnaerobicTrainingEffect { get; set; }

    public double? Rpe { get; set; }

    /// <summary>Laps, heart-rate and speed distributions and strength sets (<see cref="ActivityDetails"/>).</summary>
    public required string DetailsJson { get; set; }
}
