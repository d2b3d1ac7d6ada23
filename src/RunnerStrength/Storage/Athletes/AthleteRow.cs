namespace RunnerStrength.Storage.Athletes;

/// <summary>The athlete's profile as stored; its <see cref="Id"/> is the athlete id every other table carries.</summary>
internal sealed class AthleteRow
{
    public int Id { get; set; }

    public required string TimeZone { get; set; }

    public TimeOnly StrengthTime { get; set; }

    public required string WeeklyTemplate { get; set; }

    public required string DeadliftStage { get; set; }

    public double? OneRepMaxKg { get; set; }

    /// <summary>Kettlebell sizes, comma-separated kilograms in invariant culture.</summary>
    public required string KettlebellsKg { get; set; }

    public bool HasHexBar { get; set; }

    public bool HasBarbell { get; set; }

    public double SmallestPlateKg { get; set; }

    public int? BirthYear { get; set; }

    public double? BodyMassKg { get; set; }

    public string? Sex { get; set; }

    public int? MaxHeartRate { get; set; }

    public int? RestingHeartRate { get; set; }

    public int? ThresholdHeartRate { get; set; }

    public int? ThresholdPaceSeconds { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
