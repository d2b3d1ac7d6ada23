using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Tests.Classification;

/// <summary>Activities and athletes for classifier tests; everything a test does not set is absent.</summary>
internal static class ActivityFactory
{
    public static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    public static AthleteProfile Athlete(int? maxHr = 190, int? lthr = 170, TimeSpan? thresholdPace = null, int? birthYear = null) =>
        new("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, DeadliftStage.HexBar, Equipment.Gym)
        {
            MaxHeartRate = maxHr,
            ThresholdHeartRate = lthr,
            ThresholdPace = thresholdPace,
            BirthYear = birthYear,
        };

    public static Activity Run(double minutes, double? km = null, DateTimeOffset? start = null, Sport sport = Sport.Run, string id = "1")
    {
        var at = start ?? Tuesday;
        return new Activity(new ActivityId(ActivitySource.Strava, id), at, at.UtcDateTime.AddHours(1), sport, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes))
        {
            DistanceM = km * 1000,
        };
    }

    /// <summary>Heart rate held at each (bpm, minutes) pair.</summary>
    public static TimeDistribution HeartRate(params (double Bpm, double Minutes)[] blocks) =>
        TimeDistribution.From(1, blocks.Select(b => (b.Bpm, TimeSpan.FromMinutes(b.Minutes))));

    /// <summary>Laps of (metres, seconds).</summary>
    public static IReadOnlyList<Lap> Laps(params (double Metres, double Seconds)[] laps) =>
        laps.Select(l => new Lap(TimeSpan.FromSeconds(l.Seconds), l.Metres)).ToList();
}
