using RunnerStrength.Training.Activities;

namespace RunnerStrength.Training.Classification;

/// <summary>What the classifier learns from the athlete's earlier activities: volume and observed heart rate.</summary>
public sealed class ActivityHistory
{
    private readonly IReadOnlyList<Activity> _activities;

    /// <summary>Wraps earlier activities, in any order.</summary>
    public ActivityHistory(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _activities = activities.OrderBy(a => a.Start).ToList();
    }

    /// <summary>No history at all.</summary>
    public static ActivityHistory Empty { get; } = new([]);

    /// <summary>Mean weekly running distance over the 4 weeks before <paramref name="before"/>, or null without runs.</summary>
    public double? MeanWeeklyDistance(DateTimeOffset before)
    {
        var runs = Runs(before, TimeSpan.FromDays(28)).ToList();
        return runs.Count == 0 ? null : runs.Sum(r => r.DistanceM ?? 0) / 4;
    }

    /// <summary>Median run distance over the 28 days before <paramref name="before"/>, or null without runs.</summary>
    public double? MedianRunDistance(DateTimeOffset before)
    {
        var distances = Runs(before, TimeSpan.FromDays(28)).Select(r => r.DistanceM).OfType<double>().Order().ToList();
        if (distances.Count == 0)
        {
            return null;
        }

        var middle = distances.Count / 2;
        return distances.Count % 2 == 1 ? distances[middle] : (distances[middle - 1] + distances[middle]) / 2;
    }

    /// <summary>
    /// The highest heart rate recorded in the 12 months before <paramref name="before"/> (capped at 230 bpm as a sanity
    /// check), or null while it is no maximum at all: until some run went at least 30 bpm above the median run's
    /// average (easy runs sit 40-50 bpm below the maximum; a history of easy and steady runs only would put "threshold" at an easy run's heart rate).
    /// </summary>
    public double? ObservedMaxHeartRate(DateTimeOffset before)
    {
        var year = _activities.Where(a => a.Start < before && a.Start >= before.AddDays(-365)).ToList();
        var max = year.Select(a => a.MaxHeartRate).OfType<double>().Where(hr => hr <= 230).DefaultIfEmpty().Max();
        var averages = year.Where(a => a.Sport == Sport.Run).Select(a => a.AverageHeartRate).OfType<double>().Order().ToList();
        return max > 0 && (averages.Count == 0 || max >= averages[averages.Count / 2] + 30) ? max : null;
    }

    /// <summary>The longest run in the <paramref name="days"/> days before <paramref name="before"/>, in metres.</summary>
    public double? LongestRun(DateTimeOffset before, int days) =>
        Runs(before, TimeSpan.FromDays(days)).Select(r => r.DistanceM).OfType<double>().DefaultIfEmpty().Max() is var max && max > 0 ? max : null;

    /// <summary>
    /// The athlete's usual easy speed in m/s: the median average speed of outdoor runs of 20-100 min in the 6
    /// weeks before <paramref name="before"/> (most runs are easy, so the median is an easy run). Null with fewer than 5 such runs.
    /// </summary>
    public double? EasySpeed(DateTimeOffset before)
    {
        var speeds = Runs(before, TimeSpan.FromDays(42))
            .Where(r => !r.IsIndoor && r.Moving >= TimeSpan.FromMinutes(20) && r.Moving <= TimeSpan.FromMinutes(100))
            .Select(r => r.AverageSpeed).OfType<double>().Where(s => s > 0).Order().ToList();
        return speeds.Count < 5 ? null : speeds[speeds.Count / 2];
    }

    private IEnumerable<Activity> Runs(DateTimeOffset before, TimeSpan window) =>
        _activities.Where(a => a.Sport == Sport.Run && a.Start < before && a.Start >= before - window);
}
