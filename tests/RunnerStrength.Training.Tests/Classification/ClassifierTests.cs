using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Races;
using static RunnerStrength.Training.Tests.Classification.ActivityFactory;

namespace RunnerStrength.Training.Tests.Classification;

/// <summary>One test per rule of training-rules.md section 7 (rules 1-12), named after it.</summary>
public class ClassifierTests
{
    private static readonly Classifier Classifier = new();

    private static RunnerStrength.Training.Classification.Classification Classify(Activity activity, ActivityHistory? history = null, IReadOnlyList<Race>? races = null, RunnerStrength.Training.Athletes.AthleteProfile? athlete = null) =>
        Classifier.Classify(activity, athlete ?? Athlete(), history ?? ActivityHistory.Empty, races ?? []);

    [Theory]
    [InlineData(AthleteMark.Race, ActivityKind.Race)]
    [InlineData(AthleteMark.LongRun, ActivityKind.LongRun)]
    [InlineData(AthleteMark.Workout, ActivityKind.Tempo)] // a workout without lap structure defaults to tempo
    public void Rule01_TheAthletesMark_DecidesWithHighConfidence(AthleteMark mark, ActivityKind expected)
    {
        var verdict = Classify(Run(40, 8) with { MarkedAs = mark });

        Assert.Equal((expected, true, Confidence.High, 1), (verdict.Kind, verdict.IsKey, verdict.Confidence, verdict.Rule));
    }

    [Fact]
    public void Rule01_WorkoutTypeWorkout_WithRepeats_IsInterval()
    {
        var verdict = Classify(Run(50, 10) with { MarkedAs = AthleteMark.Workout, Laps = Laps((1000, 230), (400, 150), (1000, 228), (400, 150), (1000, 229), (400, 152), (1000, 231)) });

        Assert.Equal(ActivityKind.Interval, verdict.Kind);
    }

    [Fact]
    public void Rule01_CalendarRaceDay_IsRace()
    {
        var race = new Race(new DateOnly(2026, 11, 24), "Turkey Trot", 10, RacePriority.C);

        var verdict = Classify(Run(42, 10.05), races: [race]);

        Assert.Equal((ActivityKind.Race, Confidence.High), (verdict.Kind, verdict.Confidence));
        Assert.Contains("Turkey Trot", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule01_CalendarRaceDay_ShortWarmUpIsNotTheRace()
    {
        var race = new Race(new DateOnly(2026, 11, 24), "Turkey Trot", 10, RacePriority.C);

        var verdict = Classify(Run(15, 2.5) with { AverageHeartRate = 130 }, races: [race]);

        Assert.NotEqual(ActivityKind.Race, verdict.Kind);
    }

    [Fact]
    public void Rule02_NoMark_IsNotThereforeEasy()
    {
        var verdict = Classify(Run(95, 19) with { MarkedAs = null, AverageHeartRate = 140 });

        Assert.Equal((ActivityKind.LongRun, true, 3), (verdict.Kind, verdict.IsKey, verdict.Rule));
    }

    [Theory]
    [InlineData(90, true)]  // the boundary itself is long
    [InlineData(89, false)] // a minute short is not, on duration alone
    public void Rule03_NinetyMinutes_IsLong(double minutes, bool isLong)
    {
        var verdict = Classify(Run(minutes, minutes / 5.5) with { AverageHeartRate = 140 });

        Assert.Equal(isLong, verdict.Kind == ActivityKind.LongRun);
    }

    [Fact]
    public void Rule04_SixtyFiveMinutes_IsLongForALowVolumeRunner()
    {
        // Three 6 km runs a week: 18 km a week, median 6 km. A 13 km run is 72 % of the week and 2.2 x the median.
        var history = new ActivityHistory(Enumerable.Range(1, 12).Select(i => Run(35, 6, Tuesday.AddDays(-2.3 * i), id: $"h{i}")));

        var verdict = Classify(Run(65, 13) with { AverageHeartRate = 140 }, history);

        Assert.Equal((ActivityKind.LongRun, 4, Confidence.Medium), (verdict.Kind, verdict.Rule, verdict.Confidence));
    }

    [Fact]
    public void Rule04_SixtyFiveMinutes_IsNotLongForAHighVolumeRunner()
    {
        var history = new ActivityHistory(Enumerable.Range(1, 24).Select(i => Run(70, 14, Tuesday.AddDays(-1.1 * i), id: $"h{i}")));

        var verdict = Classify(Run(65, 13) with { AverageHeartRate = 140 }, history);

        Assert.Equal(ActivityKind.Easy, verdict.Kind);
    }

    [Fact]
    public void Rule05_FitLapsAlternatingActiveAndRest_IsInterval()
    {
        var laps = new[] { LapIntensity.Warmup, LapIntensity.Active, LapIntensity.Rest, LapIntensity.Active, LapIntensity.Rest, LapIntensity.Active, LapIntensity.Cooldown }
            .Select(i => new Lap(TimeSpan.FromMinutes(3), 800) { Intensity = i }).ToList();

        var verdict = Classify(Run(45, 9) with { Laps = laps });

        Assert.Equal((ActivityKind.Interval, Confidence.High, 5), (verdict.Kind, verdict.Confidence, verdict.Rule));
    }

    [Fact]
    public void Rule05_ThreeActiveWorkoutSteps_IsInterval()
    {
        var laps = Enumerable.Range(0, 3).Select(i => new Lap(TimeSpan.FromMinutes(8), 2000) { WorkoutStepIndex = i }).ToList();

        var verdict = Classify(Run(40, 8) with { Laps = laps });

        Assert.Equal((ActivityKind.Interval, 5), (verdict.Kind, verdict.Rule));
    }

    [Fact]
    public void Rule06_FastAndSlowLapsAlternating_IsInterval()
    {
        // 6 x 1 km at 3:55/km with 400 m jogs at 6:15/km.
        var laps = Laps((1000, 235), (400, 150), (1000, 234), (400, 150), (1000, 236), (400, 152), (1000, 235), (400, 149), (1000, 233), (400, 150), (1000, 236));

        var verdict = Classify(Run(45, 10) with { Laps = laps, AverageHeartRate = 150 });

        Assert.Equal((ActivityKind.Interval, 6), (verdict.Kind, verdict.Rule));
        Assert.StartsWith("KEY/interval: rule 6 - 6 fast laps at 3:55/km alternating with 5 slow at 6:15/km", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule06_UniformAutoLaps_NeverTrigger()
    {
        var laps = Laps((1000, 300), (1000, 296), (1000, 305), (1000, 298), (1000, 303), (1000, 299), (1000, 301), (1000, 297));

        var verdict = Classify(Run(40, 8) with { Laps = laps, AverageHeartRate = 140 });

        Assert.Equal(ActivityKind.Easy, verdict.Kind);
    }

    [Fact]
    public void Rule07_TwelveMinutesAtThresholdHeartRate_IsTempo()
    {
        // Hard starts at max(0.95 x 170, 0.88 x 190) = 167.2 bpm.
        var verdict = Classify(Run(45, 9) with { AverageHeartRate = 150, HeartRate = HeartRate((140, 33), (170, 12)) });

        Assert.Equal((ActivityKind.Tempo, 7), (verdict.Kind, verdict.Rule));
        Assert.Contains("12 min at HR >= 168", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule07_EightMinutesAtThreshold_IsNotTempo()
    {
        var verdict = Classify(Run(45, 9) with { AverageHeartRate = 145, HeartRate = HeartRate((140, 37), (170, 8)) });

        Assert.Equal(ActivityKind.Easy, verdict.Kind);
        Assert.Contains("8 min at hard heart rate", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule07_WithoutHeartRate_TimeAtThresholdPaceCounts()
    {
        var pace = TimeDistribution.From(0.1, [(2.9, TimeSpan.FromMinutes(25)), (4.3, TimeSpan.FromMinutes(15))]);

        var verdict = Classify(Run(40, 8) with { Speed = pace }, athlete: Athlete(thresholdPace: TimeSpan.FromSeconds(240)));

        Assert.Equal((ActivityKind.Tempo, 7), (verdict.Kind, verdict.Rule));
    }

    [Theory]
    [InlineData(190, 170, "configured")]      // both given
    [InlineData(190, null, "0.90 x HRmax")]   // LTHR from HRmax: hard starts at max(0.95 x 171, 0.88 x 190) = 167.2
    public void Rule08_MissingThresholdHeartRate_IsNinetyPercentOfMax(int maxHr, int? lthr, string source)
    {
        var thresholds = Classifier.Thresholds(Athlete(maxHr, lthr), ActivityHistory.Empty, Tuesday);

        Assert.Equal(source, thresholds.ThresholdHeartRateSource);
        Assert.Equal(lthr ?? 171, thresholds.ThresholdHeartRate!.Value, 3);
    }

    [Fact]
    public void Rule08_MissingMax_UsesTheHighestInTwelveMonths_ElseAge()
    {
        var history = new ActivityHistory([Run(30, 6, Tuesday.AddDays(-200)) with { MaxHeartRate = 193 }, Run(30, 6, Tuesday.AddDays(-400), id: "old") with { MaxHeartRate = 199 }]);

        var observed = Classifier.Thresholds(Athlete(null, null, birthYear: 1986), history, Tuesday);
        var fromAge = Classifier.Thresholds(Athlete(null, null, birthYear: 1986), ActivityHistory.Empty, Tuesday);

        Assert.Equal((193.0, "highest in 12 months"), (observed.MaxHeartRate, observed.MaxHeartRateSource));
        Assert.Equal(180, fromAge.MaxHeartRate!.Value, 3); // Tanaka: 208 - 0.7 x 40
    }

    [Fact]
    public void Rule09_RaceNameAndRaceEffort_IsRace()
    {
        var verdict = Classify(Run(21, 5) with { Name = "Saturday parkrun", AverageHeartRate = 172 });

        Assert.Equal((ActivityKind.Race, Confidence.Medium, 9), (verdict.Kind, verdict.Confidence, verdict.Rule));
    }

    [Fact]
    public void Rule09_RaceNameAtEasyEffort_IsNotRace()
    {
        var verdict = Classify(Run(32, 5) with { Name = "parkrun with my daughter", AverageHeartRate = 135 });

        Assert.Equal(ActivityKind.Easy, verdict.Kind);
    }

    [Theory]
    [InlineData(7.0, null, null)]  // RPE
    [InlineData(null, 4.1, null)]  // aerobic training effect
    [InlineData(null, null, 2.0)]  // anaerobic training effect
    public void Rule10_EffortRatings_MakeItKeyWithMediumConfidence(double? rpe, double? aerobic, double? anaerobic)
    {
        var verdict = Classify(Run(40, 8) with { AverageHeartRate = 140, Rpe = rpe, AerobicTrainingEffect = aerobic, AnaerobicTrainingEffect = anaerobic });

        Assert.Equal((ActivityKind.Hard, true, Confidence.Medium, 10), (verdict.Kind, verdict.IsKey, verdict.Confidence, verdict.Rule));
    }

    [Fact]
    public void Rule10_WorkoutNameAlone_IsKeyWithLowConfidence()
    {
        var verdict = Classify(Run(50, 10) with { Name = "Track 6x800", AverageHeartRate = 150 });

        Assert.Equal((ActivityKind.Interval, Confidence.Low), (verdict.Kind, verdict.Confidence));
    }

    [Theory]
    [InlineData(80, ActivityKind.LongRun, true)] // long enough to hurt: taken as long to be safe
    [InlineData(50, ActivityKind.Easy, false)]
    public void Rule11_NoHeartRateNoPaceReference_LongIsKeyShortIsEasy_LowConfidence(double minutes, ActivityKind kind, bool key)
    {
        var treadmill = Run(minutes, minutes / 6) with { IsIndoor = true };

        var verdict = Classify(treadmill, athlete: Athlete(maxHr: null, lthr: null, thresholdPace: TimeSpan.FromSeconds(270)));

        Assert.Equal((kind, key, Confidence.Low, 11), (verdict.Kind, verdict.IsKey, verdict.Confidence, verdict.Rule));
        Assert.Contains("treadmill pace is not trusted", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule12_EveryVerdict_ExplainsItselfWithTheRuleAndFacts()
    {
        var runs = new[]
        {
            Run(40, 8) with { MarkedAs = AthleteMark.Race },
            Run(95, 18),
            Run(45, 9) with { AverageHeartRate = 150, HeartRate = HeartRate((140, 33), (170, 12)) },
            Run(40, 8) with { AverageHeartRate = 140 },
            Run(50, 8),
        };

        foreach (var verdict in runs.Select(r => Classify(r)))
        {
            Assert.Matches(@"^(KEY|EASY)/[a-z]+: (rule \d+ - |no key signal - ).+; confidence (high|medium|low)$", verdict.Reason);
        }
    }

    [Fact]
    public void Section8_HardRide_CountsAsKey_EasyWalkDoesNot()
    {
        var ride = Classify(Run(150, 60, sport: Sport.Ride));
        var walk = Classify(Run(150, 10, sport: Sport.Walk));

        Assert.True(ride.IsKey);
        Assert.False(walk.IsKey);
    }

    [Fact]
    public void Section8_IntervalSwim_DoesNotBlockALift()
    {
        var laps = Laps((100, 95), (50, 70), (100, 94), (50, 72), (100, 96), (50, 71), (100, 95));

        var verdict = Classify(Run(40, 2, sport: Sport.Swim) with { Laps = laps });

        Assert.Equal((ActivityKind.Other, false), (verdict.Kind, verdict.IsKey));
    }

    [Fact]
    public void StrengthSession_IsStrength_NotKey()
    {
        var verdict = Classify(Run(45, sport: Sport.Strength));

        Assert.Equal((ActivityKind.Strength, false), (verdict.Kind, verdict.IsKey));
    }
}
