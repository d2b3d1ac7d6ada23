namespace RunnerStrength.Training.Athletes;

/// <summary>What RunnerStrength knows about the athlete. Optional values are learnt from history when absent.</summary>
/// <param name="TimeZoneId">IANA time zone, e.g. <c>Europe/Paris</c>; days and the strength time are local to it.</param>
/// <param name="StrengthTime">When the athlete usually lifts, local time.</param>
/// <param name="Template">The usual running week.</param>
/// <param name="DeadliftStage">Where the athlete is on the hinge progression.</param>
/// <param name="Equipment">What the athlete can lift with.</param>
public sealed record AthleteProfile(
    string TimeZoneId,
    TimeOnly StrengthTime,
    WeeklyTemplate Template,
    DeadliftStage DeadliftStage,
    Equipment Equipment)
{
    /// <summary>Year of birth, for the age-predicted maximum heart rate when none is given.</summary>
    public int? BirthYear { get; init; }

    /// <summary>Body mass in kilograms.</summary>
    public double? BodyMassKg { get; init; }

    /// <summary>Optional, for heart-rate defaults and TRIMP.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Maximum heart rate, beats per minute.</summary>
    public int? MaxHeartRate { get; init; }

    /// <summary>Resting heart rate, beats per minute.</summary>
    public int? RestingHeartRate { get; init; }

    /// <summary>Lactate-threshold heart rate, beats per minute.</summary>
    public int? ThresholdHeartRate { get; init; }

    /// <summary>Threshold pace as time per kilometre.</summary>
    public TimeSpan? ThresholdPace { get; init; }

    /// <summary>Estimated one-repetition maximum for the current deadlift stage, in kilograms.</summary>
    public double? OneRepMaxKg { get; init; }
}
