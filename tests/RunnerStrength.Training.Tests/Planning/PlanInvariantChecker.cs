using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Tests.Planning;

/// <summary>
/// The hard rules of training-rules.md (13, 15, 16, 17, 19, 20, 21, 27), written again from the rules
/// file, sharing nothing with the planner's code: it sees only the plan and the facts, and lists every
/// breach it finds.
/// </summary>
internal static class PlanInvariantChecker
{
    public static List<string> Check(Plan plan, IReadOnlyList<Race> races, IReadOnlyList<Activity> recorded, IReadOnlyList<(DateTimeOffset Start, bool Heavy)> earlier, TimeZoneInfo zone)
    {
        var breaches = new List<string>();
        var keyDays = plan.Days.Where(d => d.Running == RunningDay.Key).Select(d => d.Date)
            .Concat(races.Select(r => r.Date)).ToHashSet();
        var sessions = plan.Sessions.Select(s => (s.Date, Start: Instant(s.Date, s.StartLocal, zone), s.Prescription)).ToList();

        foreach (var (date, start, prescription) in sessions)
        {
            // Rule 13: not the day before a key run (the day after the week may come from the template: the plan's Sunday check).
            if (keyDays.Contains(date.AddDays(1)))
            {
                breaches.Add($"rule 13: {date} is the day before a key run");
            }

            // Rule 15: after a recorded key run of the same day, at least 3 h later.
            foreach (var run in recorded.Where(r => r.LocalDate == date && r.Sport == Sport.Run))
            {
                if (start < run.Start + run.Elapsed && start >= run.Start - TimeSpan.FromHours(12))
                {
                    breaches.Add($"rule 15: {date} lift at {start:t} overlaps or precedes a run that day");
                }
            }

            foreach (var race in races)
            {
                var daysToRace = race.Date.DayNumber - date.DayNumber;
                if (race.Priority == RacePriority.A && daysToRace is >= 0 and <= 5)
                {
                    breaches.Add($"rule 19: {date} is {daysToRace} days before A race {race.Name}");
                }

                if (race.Priority == RacePriority.A && daysToRace is >= 0 and <= 10 && prescription.Sets.Any(s => !s.Warmup && s.PercentOneRepMax > 70))
                {
                    breaches.Add($"rule 19: {date} is heavy {daysToRace} days before A race {race.Name}");
                }

                if (race.Priority == RacePriority.B && daysToRace >= 0 && Instant(race.Date, new TimeOnly(9, 0), zone) - start < TimeSpan.FromHours(96))
                {
                    breaches.Add($"rule 20: {date} is within 96 h of B race {race.Name}");
                }

                var wait = race.DistanceKm switch { null or <= 10.5 => 3, <= 21.2 => 5, <= 42.3 => 10, _ => 14 };
                if (daysToRace < 0 && -daysToRace < wait)
                {
                    breaches.Add($"rule 21: {date} is only {-daysToRace} days after {race.Name}");
                }
            }

            // Rule 27: no hypertrophy-range working sets.
            if (prescription.Sets.Any(s => !s.Warmup && s.Reps > 6 && s.PercentOneRepMax >= 55))
            {
                breaches.Add($"rule 27: {date} has a set of more than 6 reps at 55 % or more");
            }
        }

        // Rule 16: spacing between sessions, this week's and earlier ones.
        var all = earlier.Concat(sessions.Select(s => (s.Start, Heavy: s.Prescription.Heavy))).OrderBy(s => s.Start).ToList();
        foreach (var (first, second) in all.Zip(all.Skip(1)))
        {
            var needed = first.Heavy && second.Heavy ? 72 : 48;
            if ((second.Start - first.Start).TotalHours < needed - 0.01)
            {
                breaches.Add($"rule 16: sessions at {first.Start:u} and {second.Start:u} are less than {needed} h apart");
            }
        }

        // Rule 17: never more than 3; at most 2 outside maintenance, 1 in maintenance and taper.
        var allowed = plan.Phase is Phase.Maintenance or Phase.Taper or Phase.Return ? 1 : 2;
        if (sessions.Count > Math.Min(3, allowed))
        {
            breaches.Add($"rule 17: {sessions.Count} sessions in a {plan.Phase} week");
        }

        return breaches;
    }

    private static DateTimeOffset Instant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
