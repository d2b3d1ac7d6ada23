using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Days;

/// <summary>
/// The weekdays the athlete has really been running key sessions on: a weekday that held a key run in at least
/// two of the last four weeks is expected to hold one again, whatever the usual week says. A usual week set once
/// goes stale as a plan moves its sessions; the day before a real key run must not get a lift (rule 13).
/// </summary>
public sealed class KeyDayHabits
{
    /// <summary>How many weeks back are read.</summary>
    public const int WeeksRead = 4;

    /// <summary>In how many of them a weekday must have held a key run.</summary>
    public const int WeeksNeeded = 2;

    private readonly Dictionary<DayOfWeek, (ActivityKind Kind, int Weeks)> _days;

    private KeyDayHabits(Dictionary<DayOfWeek, (ActivityKind Kind, int Weeks)> days) => _days = days;

    /// <summary>No habit known.</summary>
    public static KeyDayHabits None { get; } = new([]);

    /// <summary>Learns from the verdicts of the <see cref="WeeksRead"/> weeks before <paramref name="before"/>.</summary>
    public static KeyDayHabits Learn(IEnumerable<(Activity Activity, Classification.Classification Verdict)> recorded, DateOnly before)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var keyDays = recorded
            .Where(r => r.Verdict.IsKey && r.Activity.Sport == Sport.Run && r.Activity.LocalDate < before && r.Activity.LocalDate >= before.AddDays(-7 * WeeksRead))
            .GroupBy(r => r.Activity.LocalDate)
            .Select(day => (Date: day.Key, day.First().Verdict.Kind))
            .ToList();
        return new KeyDayHabits(keyDays.GroupBy(d => d.Date.DayOfWeek)
            .Where(g => g.Count() >= WeeksNeeded)
            .ToDictionary(g => g.Key, g => (g.GroupBy(d => d.Kind).OrderByDescending(k => k.Count()).First().Key, g.Count())));
    }

    /// <summary>The key session usually run on <paramref name="day"/> and in how many of the last weeks, or null.</summary>
    public (ActivityKind Kind, int Weeks)? On(DayOfWeek day) => _days.TryGetValue(day, out var habit) ? habit : null;
}
