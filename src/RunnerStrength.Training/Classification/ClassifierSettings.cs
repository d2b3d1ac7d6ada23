namespace RunnerStrength.Training.Classification;

/// <summary>The classification thresholds of training-rules.md sections 1.5 and 7, each a setting with its default.</summary>
public sealed record ClassifierSettings
{
    /// <summary>Rule 3: a run this long is a long run. Default 90 min.</summary>
    public TimeSpan LongRunDuration { get; init; } = TimeSpan.FromMinutes(90);

    /// <summary>Rule 4: shortest run that can be long relative to the athlete's volume. Default 60 min.</summary>
    public TimeSpan RelativeLongRunDuration { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Rule 4: share of the trailing 4-week mean weekly distance. Default 0.25.</summary>
    public double LongRunShareOfWeek { get; init; } = 0.25;

    /// <summary>Rule 4: multiple of the trailing 28-day median run distance. Default 1.3.</summary>
    public double LongRunMedianMultiple { get; init; } = 1.3;

    /// <summary>Rule 4, for this athlete: a run is long only if at least this share of the longest run of the 6 days before it (a mid-week medium-long run after Sunday's long run is not). Default 0.85.</summary>
    public double LongRunShareOfRecentLongest { get; init; } = 0.85;

    /// <summary>Rule 5: active/rest alternations in FIT laps. Default 2.</summary>
    public int IntensityAlternations { get; init; } = 2;

    /// <summary>Rule 5: distinct active workout steps. Default 3.</summary>
    public int ActiveWorkoutSteps { get; init; } = 3;

    /// <summary>Rule 6: laps shorter than this are dropped. Default 20 s.</summary>
    public TimeSpan ShortestLap { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Rule 6: fast laps needed. Default 3.</summary>
    public int FastLaps { get; init; } = 3;

    /// <summary>Rule 6: fast/slow mean speed ratio. Default 1.15.</summary>
    public double FastSlowRatio { get; init; } = 1.15;

    /// <summary>Rule 6: fast/slow transitions. Default 4.</summary>
    public int Transitions { get; init; } = 4;

    /// <summary>Rule 6: lap-speed coefficient of variation needed. Default 0.08.</summary>
    public double LapSpeedVariation { get; init; } = 0.08;

    /// <summary>Rule 6: below this variation laps are uniform auto-laps and prove nothing. Default 0.05.</summary>
    public double UniformLapVariation { get; init; } = 0.05;

    /// <summary>Rule 7: time at hard intensity that makes a tempo. Default 10 min.</summary>
    public TimeSpan HardTime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Rule 7 from laps: shorter laps (strides, a last partial lap) are not counted. Default 60 s.</summary>
    public TimeSpan ShortestHardLap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Rule 7 without heart rate or threshold pace: laps this much faster than the athlete's usual easy speed count
    /// as hard. Default 1.08 (by Daniels' tables marathon pace is 12-20 % faster than easy pace, threshold 20-25 %;
    /// an easy run on a good day is a few per cent faster than usual).
    /// </summary>
    public double HardSpeedOverEasy { get; init; } = 1.08;

    /// <summary>Rule 7: hard starts at this share of LTHR... Default 0.95.</summary>
    public double HardShareOfThreshold { get; init; } = 0.95;

    /// <summary>Rule 7: ...or this share of HRmax, whichever is higher. Default 0.88.</summary>
    public double HardShareOfMax { get; init; } = 0.88;

    /// <summary>Section 1.5 step 5: whole-run average HR / LTHR for a tempo over 30 min. Default 0.92.</summary>
    public double TempoIntensityFactor { get; init; } = 0.92;

    /// <summary>Rule 9: a race by name needs this average share of HRmax... Default 0.88.</summary>
    public double RaceShareOfMax { get; init; } = 0.88;

    /// <summary>Rule 9: ...held at least this long. Default 15 min.</summary>
    public TimeSpan RaceEffortDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Rule 10: RPE at or above this is key. Default 7.</summary>
    public double KeyRpe { get; init; } = 7;

    /// <summary>Rule 10: aerobic training effect at or above this is key. Default 4.0.</summary>
    public double KeyAerobicEffect { get; init; } = 4.0;

    /// <summary>Rule 10: anaerobic training effect at or above this is key. Default 2.0.</summary>
    public double KeyAnaerobicEffect { get; init; } = 2.0;

    /// <summary>Rule 11: a run this long with nothing else to go on is taken as long. Default 75 min.</summary>
    public TimeSpan BlindLongRunDuration { get; init; } = TimeSpan.FromMinutes(75);

    /// <summary>Section 8: hard rides and other sports count as key days. Default on.</summary>
    public bool CountHardOtherSports { get; init; } = true;

    /// <summary>Section 8: an endurance session this long counts as hard. Default 2 h.</summary>
    public TimeSpan LongOtherSport { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The defaults.</summary>
    public static ClassifierSettings Default { get; } = new();
}
