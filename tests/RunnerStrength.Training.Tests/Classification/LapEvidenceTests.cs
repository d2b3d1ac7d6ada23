using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;
using static RunnerStrength.Training.Tests.Classification.ActivityFactory;

namespace RunnerStrength.Training.Tests.Classification;

/// <summary>
/// Hard runs seen from what a Strava summary or an old file holds: uniform 1 km auto-laps with a tempo block
/// inside, with or without heart rate, and "long" judged against the athlete's own recent runs.
/// </summary>
public class LapEvidenceTests
{
    private static readonly Classifier Classifier = new();

    // Ten easy runs at 5:30/km in the weeks before: the athlete's usual easy pace.
    private static readonly ActivityHistory EasyWeeks = new(Enumerable.Range(1, 10).Select(i => Run(45, 45 * 60 / 330.0, Tuesday.AddDays(-3 * i), id: $"e{i}")));

    [Fact]
    public void Rule07_UniformAutoLaps_WithATempoBlockAtThresholdHeartRate_IsTempo()
    {
        // 3 km easy, 6 km at 4:30/km and 170 bpm (hard from 167.2), 3 km easy: every lap 1 km, as a watch splits them.
        var laps = Split((330, 138, 3), (270, 170, 6), (330, 145, 3));

        var verdict = Classifier.Classify(Run(60, 12) with { Laps = laps, AverageHeartRate = 155 }, Athlete(), ActivityHistory.Empty, []);

        Assert.Equal((ActivityKind.Tempo, true, 7), (verdict.Kind, verdict.IsKey, verdict.Rule));
        Assert.Contains("6 laps, 27 min, at average HR >= 168", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule07_WithoutHeartRate_LapsWellFasterThanTheAthletesEasyPace_IsTempo()
    {
        var laps = Split((330, null, 2), (270, null, 5), (330, null, 2));

        var verdict = Classifier.Classify(Run(50, 9) with { Laps = laps }, Athlete(), EasyWeeks, []);

        Assert.Equal((ActivityKind.Tempo, 7), (verdict.Kind, verdict.Rule));
        Assert.Contains("5 laps, 23 min, at or faster than 5:06/km, 8 % faster than your usual easy 5:30/km", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule07_WithoutHeartRate_AStrongerEasyRun_IsStillEasy()
    {
        // 5:15/km is 5 % faster than usual: a good day, not a tempo.
        var laps = Split((315, null, 9));

        var verdict = Classifier.Classify(Run(46, 9) with { Laps = laps }, Athlete(), EasyWeeks, []);

        Assert.False(verdict.IsKey, verdict.Reason);
    }

    [Fact]
    public void Rule07_LapsAtThresholdHeartRateForEightMinutes_IsNotTempo()
    {
        var laps = Split((330, 138, 6), (240, 170, 2));

        var verdict = Classifier.Classify(Run(41, 8) with { Laps = laps, AverageHeartRate = 145 }, Athlete(), ActivityHistory.Empty, []);

        Assert.False(verdict.IsKey, verdict.Reason);
    }

    [Fact]
    public void Rule04_AMediumLongRunThreeDaysAfterTheLongRun_IsNotLong()
    {
        // A 50 km week: Sunday 24 km, then Wednesday 13 km in 70 min (26 % of the week, 1.6 x the median run).
        var history = PlanWeeks(longKm: 24);
        var wednesday = Tuesday.AddDays(1);

        var verdict = Classifier.Classify(Run(70, 13, wednesday) with { AverageHeartRate = 140 }, Athlete(), history, []);

        Assert.Equal(ActivityKind.Easy, verdict.Kind);
    }

    [Fact]
    public void Rule04_ACutbackLongRunOnSunday_IsStillLong()
    {
        // No run of the 6 days before is longer, so Sunday's 16 km in 80 min is this week's (short) long run.
        var history = PlanWeeks(longKm: 24);
        var sunday = Tuesday.AddDays(5);

        var verdict = Classifier.Classify(Run(80, 16, sunday) with { AverageHeartRate = 140 }, Athlete(), history, []);

        Assert.Equal((ActivityKind.LongRun, 4), (verdict.Kind, verdict.Rule));
    }

    // Four weeks of Tuesday 10, Wednesday 13, Thursday 10, Saturday 8 km and Sunday's long run, up to the Sunday before Tuesday.
    private static ActivityHistory PlanWeeks(double longKm)
    {
        var sunday = Tuesday.AddDays(-2);
        var runs = new List<Activity>();
        for (var week = 0; week < 4; week++)
        {
            var end = sunday.AddDays(-7 * week);
            runs.Add(Run(longKm * 5.5, longKm, end, id: $"l{week}"));
            runs.Add(Run(45, 8, end.AddDays(-1), id: $"s{week}"));
            runs.Add(Run(55, 10, end.AddDays(-3), id: $"t{week}"));
            runs.Add(Run(70, 13, end.AddDays(-4), id: $"w{week}"));
            runs.Add(Run(55, 10, end.AddDays(-5), id: $"u{week}"));
        }

        return new ActivityHistory(runs.Select(r => r with { AverageHeartRate = 140 }));
    }

    // 1 km laps: (seconds per km, average heart rate, how many).
    private static List<Lap> Split(params (double Seconds, double? HeartRate, int Count)[] blocks) =>
        blocks.SelectMany(b => Enumerable.Repeat(new Lap(TimeSpan.FromSeconds(b.Seconds), 1000) { AverageHeartRate = b.HeartRate }, b.Count)).ToList();
}
