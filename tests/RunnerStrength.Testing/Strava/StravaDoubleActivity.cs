namespace RunnerStrength.Testing.Strava;

/// <summary>An activity the double serves, in the shape of a recorded SummaryActivity.</summary>
public sealed record StravaDoubleActivity(long Id, DateTimeOffset Start, string SportType, int? WorkoutType, int MovingSeconds, double DistanceM, string Name)
{
    /// <summary>
    /// A two-year history of <paramref name="count"/> runs ending at <paramref name="newest"/>: mostly
    /// runs with a declared workout type, some without (so laps are asked for), trail runs and rides.
    /// </summary>
    public static List<StravaDoubleActivity> History(int count, DateTimeOffset newest)
    {
        var spacing = TimeSpan.FromDays(730.0 / count);
        return Enumerable.Range(0, count).Select(i =>
        {
            var start = newest - (spacing * i);
            var kind = i % 10;
            return new StravaDoubleActivity(
                9_000_000_000 + i,
                new DateTimeOffset(start.Year, start.Month, start.Day, 6 + (i % 12), i % 60, 0, TimeSpan.Zero),
                kind == 7 ? "Ride" : kind == 4 ? "TrailRun" : "Run",
                kind is 0 ? null : kind is 1 or 2 ? 3 : kind == 3 ? 2 : 0,
                kind == 3 ? 6000 : 2400 + (i % 7 * 60),
                kind == 3 ? 20000 : 8000 + (i % 5 * 500),
                kind == 3 ? "Long run" : kind is 1 or 2 ? "Intervals" : "Easy run");
        }).ToList();
    }

    /// <summary>
    /// A steady runner's two years: an easy 19-minute run on Tuesdays and Thursdays and a long run on
    /// Sundays, with declared workout types (so no laps are needed), leaving the other days free.
    /// </summary>
    public static List<StravaDoubleActivity> SteadyWeeks(DateOnly lastSunday, int weeks)
    {
        var runs = new List<StravaDoubleActivity>();
        for (var w = 0; w < weeks; w++)
        {
            var sunday = lastSunday.AddDays(-7 * w);
            foreach (var (day, long_) in new[] { (sunday, true), (sunday.AddDays(-3), false), (sunday.AddDays(-5), false) })
            {
                var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
                runs.Add(new StravaDoubleActivity(8_000_000_000 + runs.Count, start, "Run", long_ ? 2 : 0, long_ ? 6600 : 1140, long_ ? 22000 : 3500, long_ ? "Long run" : "Easy run"));
            }
        }

        return runs;
    }
}
