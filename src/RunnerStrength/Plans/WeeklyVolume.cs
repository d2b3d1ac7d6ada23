using RunnerStrength.Storage.Activities;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Plans;

/// <summary>Running volume per week, split into easy and key kilometres: what the dashboard's chart draws.</summary>
internal sealed class WeeklyVolume(ActivityStore activities)
{
    /// <summary>One bar: the week's Monday, the kilometres run easy and in key sessions, and the strength sessions and working sets logged.</summary>
    public sealed record Bar(DateOnly Monday, double EasyKm, double KeyKm, int KeySessions)
    {
        public int StrengthSessions { get; init; }

        public int WorkingSets { get; init; }
    }

    public async Task<IReadOnlyList<Bar>> LastWeeksAsync(AthleteContext athlete, int weeks, CancellationToken cancellationToken)
    {
        var monday = Week.MondayOf(athlete.Today);
        var first = monday.AddDays(-7 * (weeks - 1));
        // A year of history before the first bar informs the verdicts (maximum heart rate, usual volume).
        var recorded = await activities.BetweenAsync(athlete.AthleteId, LocalTime.StartOfDay(first.AddDays(-365), athlete.Zone), LocalTime.StartOfDay(monday.AddDays(7), athlete.Zone), cancellationToken);
        var history = new ActivityHistory(recorded);
        var classifier = new Classifier();
        var runs = recorded.Where(a => a.Sport == Sport.Run && a.LocalDate >= first)
            .Select(a => (Activity: a, Key: classifier.Classify(a, athlete.Profile, history, athlete.Races).IsKey))
            .ToList();
        return Enumerable.Range(0, weeks).Select(i =>
        {
            var start = first.AddDays(7 * i);
            var week = runs.Where(r => r.Activity.LocalDate >= start && r.Activity.LocalDate < start.AddDays(7)).ToList();
            var lifts = athlete.StrengthLog.Where(l => l.Date >= start && l.Date < start.AddDays(7)).ToList();
            return new Bar(start, Km(week.Where(r => !r.Key)), Km(week.Where(r => r.Key)), week.Count(r => r.Key))
            {
                StrengthSessions = lifts.Count,
                WorkingSets = lifts.Sum(l => l.Sets.Count),
            };
        }).ToList();
    }

    private static double Km(IEnumerable<(Activity Activity, bool Key)> runs) => Math.Round(runs.Sum(r => r.Activity.DistanceM ?? 0) / 1000, 1);
}
