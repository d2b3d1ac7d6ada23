namespace RunnerStrength.Training.Activities;

/// <summary>
/// A recorded activity, whichever source produced it. Everything but the identity, times and sport is
/// optional: manual entries have no heart rate, treadmills no trustworthy pace, old watches no laps.
/// </summary>
/// <param name="Id">Source and the source's id.</param>
/// <param name="Start">The start instant (UTC); hour gaps are measured between instants.</param>
/// <param name="LocalStart">The start in the athlete's time zone; days are local days.</param>
/// <param name="Sport">What kind of activity.</param>
/// <param name="Elapsed">Elapsed time, pauses included.</param>
/// <param name="Moving">Moving (timer) time.</param>
public sealed record Activity(ActivityId Id, DateTimeOffset Start, DateTime LocalStart, Sport Sport, TimeSpan Elapsed, TimeSpan Moving)
{
    /// <summary>The local day the activity started on.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart);

    /// <summary>The instant the activity ended.</summary>
    public DateTimeOffset End => Start + Elapsed;

    /// <summary>Distance in metres.</summary>
    public double? DistanceM { get; init; }

    /// <summary>Total ascent in metres.</summary>
    public double? ElevationGainM { get; init; }

    /// <summary>Average heart rate, bpm.</summary>
    public double? AverageHeartRate { get; init; }

    /// <summary>Maximum heart rate, bpm.</summary>
    public double? MaxHeartRate { get; init; }

    /// <summary>True for treadmill or trainer runs, whose pace the planner does not trust.</summary>
    public bool IsIndoor { get; init; }

    /// <summary>Laps in order.</summary>
    public IReadOnlyList<Lap> Laps { get; init; } = [];

    /// <summary>Time per heart-rate bpm, from the stream, when there is one.</summary>
    public TimeDistribution? HeartRate { get; init; }

    /// <summary>Time per speed (m/s), from the stream, when there is one.</summary>
    public TimeDistribution? Speed { get; init; }

    /// <summary>What the athlete marked the run as, when their app lets them (often absent: then the data decides).</summary>
    public AthleteMark? MarkedAs { get; init; }

    /// <summary>The activity's name as the athlete or device gave it.</summary>
    public string Name { get; init; } = "";

    /// <summary>The recording device, e.g. "Garmin Forerunner 265".</summary>
    public string? Device { get; init; }

    /// <summary>Garmin aerobic training effect, 0-5.</summary>
    public double? AerobicTrainingEffect { get; init; }

    /// <summary>Garmin anaerobic training effect, 0-5.</summary>
    public double? AnaerobicTrainingEffect { get; init; }

    /// <summary>The athlete's perceived exertion, 1-10.</summary>
    public double? Rpe { get; init; }

    /// <summary>Sets of a strength activity.</summary>
    public IReadOnlyList<StrengthSet> StrengthSets { get; init; } = [];

    /// <summary>Average speed in m/s over moving time.</summary>
    public double? AverageSpeed => DistanceM is { } d && Moving > TimeSpan.Zero ? d / Moving.TotalSeconds : null;
}
