namespace RunnerStrength.Configuration;

/// <summary>
/// Section <c>RunnerStrength:Athlete</c>: seeds the athlete's profile on first start. Afterwards the
/// database wins and these values are no longer read.
/// </summary>
internal sealed class AthleteOptions
{
    /// <summary>IANA time zone. Default <c>UTC</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    public int? BirthYear { get; set; }

    public double? BodyMassKg { get; set; }

    /// <summary><c>female</c>, <c>male</c> or empty.</summary>
    public string? Sex { get; set; }

    public int? MaxHeartRate { get; set; }

    public int? RestingHeartRate { get; set; }

    public int? ThresholdHeartRate { get; set; }

    /// <summary>Per kilometre as <c>m:ss</c>, e.g. <c>4:30</c>.</summary>
    public string? ThresholdPace { get; set; }

    /// <summary><c>Monday=rest, Tuesday=interval, ..., Sunday=long</c>. Default: the planner's default week.</summary>
    public string? WeeklyTemplate { get; set; }

    /// <summary>Local time as <c>HH:mm</c>. Default <c>18:00</c>.</summary>
    public string StrengthTime { get; set; } = "18:00";

    public DeadliftOptions Deadlift { get; set; } = new();
}
