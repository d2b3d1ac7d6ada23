using System.Globalization;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Planning;

public sealed partial class Planner
{
    private static List<KeyRun> KeyRuns(IEnumerable<DayAssessment> days, IReadOnlyList<(Activity Activity, Classification.Classification Verdict)> recorded, PlanningInput input)
    {
        var habits = RunHabits.Learn(input.Activities, input.WeekStart);
        var runs = new List<KeyRun>();
        foreach (var day in days.Where(d => d.Running == RunningDay.Key).OrderBy(d => d.Date))
        {
            var important = day.Kind is ActivityKind.LongRun
                || input.Races.Any(r => r.Date == day.Date && r.Priority is RacePriority.A or RacePriority.B);
            var label = $"{day.Date.DayOfWeek}'s {KindLabel(day.Kind)}";
            var keys = recorded.Where(r => r.Activity.LocalDate == day.Date && r.Verdict.IsKey).ToList();
            if (!day.FromTemplate && keys.Count > 0)
            {
                runs.Add(new KeyRun(day.Date, day.Kind ?? ActivityKind.Hard, keys.Min(k => k.Activity.Start), keys.Max(k => k.Activity.End), label) { IsLongOrImportantRace = important });
            }
            else if (habits.On(day.Date.DayOfWeek) is { } usual)
            {
                // Rule 15 for a run still ahead: it ends when the athlete's runs on that weekday usually end.
                var start = Dates.LocalTime.Instant(day.Date, usual.Start, input.TimeZone);
                var usualLabel = string.Create(CultureInfo.InvariantCulture, $"{label} (usually {usual.Start:HH:mm}-{usual.Start.Add(usual.Length):HH:mm})");
                runs.Add(new KeyRun(day.Date, day.Kind ?? ActivityKind.Hard, start, start + usual.Length, usualLabel) { IsLongOrImportantRace = important });
            }
            else
            {
                // No habit to go by: take the athlete's usual training time.
                var start = Dates.LocalTime.Instant(day.Date, input.Profile.StrengthTime, input.TimeZone);
                runs.Add(new KeyRun(day.Date, day.Kind ?? ActivityKind.Hard, start, start, label) { IsLongOrImportantRace = important });
            }
        }

        return runs;
    }

    private Candidate? Evaluate(DateOnly date, Dictionary<DateOnly, DayAssessment> days, List<KeyRun> keyRuns, PhaseCalendar phases, PlanningInput input)
    {
        var day = days[date];
        var time = input.Profile.StrengthTime;
        var start = Dates.LocalTime.Instant(date, time, input.TimeZone);
        if (phases.ForbidsLifting(date, start, d => Dates.LocalTime.Instant(d, new TimeOnly(9, 0), input.TimeZone)) is not null)
        {
            return null;
        }

        // Rule 13: never the day before a key run.
        if (days[date.AddDays(1)].Running == RunningDay.Key)
        {
            return null;
        }

        // Rule 15: on a key-run day, after the run with at least 3 h between.
        var notes = new List<string>();
        if (keyRuns.FirstOrDefault(k => k.Date == date) is { } sameDay)
        {
            if (sameDay.End > sameDay.Start)
            {
                var earliest = sameDay.End + settings.AfterKeyRun;
                if (earliest > start)
                {
                    start = earliest;
                    var local = TimeZoneInfo.ConvertTime(start, input.TimeZone);
                    if (DateOnly.FromDateTime(local.DateTime) != date || local.Hour >= 22)
                    {
                        return null;
                    }

                    time = TimeOnly.FromDateTime(RoundUpToQuarter(local.DateTime));
                    start = Dates.LocalTime.Instant(date, time, input.TimeZone);
                }
            }

            notes.Add($"after {sameDay.Label}, at least {settings.AfterKeyRun.TotalHours:0} h later"
                + (time != input.Profile.StrengthTime ? string.Create(CultureInfo.InvariantCulture, $", so at {time:HH:mm} instead of your usual {input.Profile.StrengthTime:HH:mm}") : ""));
        }

        var next = keyRuns.FirstOrDefault(k => k.Start > start && k.Date > date);
        var ideal = next?.IsLongOrImportantRace == true ? settings.LongRunRecovery : settings.KeyRunRecovery;
        var gap = next is null ? TimeSpan.FromHours(120) : next.Start - start;
        var score = (Math.Min(gap.TotalHours, ideal.TotalHours) * 10) + Math.Min(gap.TotalHours, 120);
        var reason = new List<string> { $"{date.DayOfWeek} is {DayWord(day)}" };
        reason.AddRange(notes);
        if (next is not null)
        {
            reason.Add(string.Create(CultureInfo.InvariantCulture, $"{next.Label} is {gap.TotalHours:0} h later") + (gap < ideal ? string.Create(CultureInfo.InvariantCulture, $", short of the ideal {ideal.TotalHours:0} h") : ""));
        }

        if (days[date.AddDays(1)].Running == RunningDay.Rest)
        {
            score += 5;
        }

        // Section 2 (preference): not within 24 h after a long run or race.
        if (keyRuns.LastOrDefault(k => k.End <= start && k.Kind is ActivityKind.LongRun or ActivityKind.Race) is { } previous && start - previous.End < settings.AfterLongRun)
        {
            score -= 30;
            reason.Add($"within {settings.AfterLongRun.TotalHours:0} h after {previous.Label}, the only place that fits");
        }

        return new Candidate(date, start, time, day, score, string.Join("; ", reason));
    }

    private string RejectionOf(DateOnly date, Dictionary<DateOnly, DayAssessment> days, List<KeyRun> keyRuns, PhaseCalendar phases, PlanningInput input)
    {
        var start = Dates.LocalTime.Instant(date, input.Profile.StrengthTime, input.TimeZone);
        return phases.ForbidsLifting(date, start, d => Dates.LocalTime.Instant(d, new TimeOnly(9, 0), input.TimeZone)) is { } race ? $"{date.DayOfWeek}: {race}"
            : days[date.AddDays(1)].Running == RunningDay.Key ? $"{date.DayOfWeek}: rule 13 - the day before {keyRuns.FirstOrDefault(k => k.Date == date.AddDays(1))?.Label ?? "a key run"}"
            : $"{date.DayOfWeek}: rule 15 - no time left after {keyRuns.FirstOrDefault(k => k.Date == date)?.Label ?? "the day's key run"} (lifting at least {settings.AfterKeyRun.TotalHours:0} h later, before 22:00)";
    }

    // Greedy by score, keeping rule 16's spacing from earlier sessions and from each other.
    private List<Candidate> Choose(List<Candidate> candidates, int count, PlanningInput input, PhaseCalendar phases, List<Candidate> kept)
    {
        var chosen = new List<Candidate>();
        var placed = kept.ToList();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Date))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (IsSpaced(candidate.Date, candidate.Start, input, phases, placed.Select(c => (c.Date, c.Start))))
            {
                chosen.Add(candidate);
                placed.Add(candidate);
            }
        }

        return chosen;
    }

    // Rule 16 between the candidate and the sessions before the week and those placed in it.
    private bool IsSpaced(DateOnly date, DateTimeOffset start, PlanningInput input, PhaseCalendar phases, IEnumerable<(DateOnly Date, DateTimeOffset Start)> placed)
    {
        var heavy = phases.On(date).Phase is Phase.Build or Phase.Maintenance;
        var others = input.PreviousSessions.Select(p => (p.Start, p.Heavy))
            .Concat(placed.Select(c => (c.Start, Heavy: phases.On(c.Date).Phase is Phase.Build or Phase.Maintenance)));
        return others.All(o => (start - o.Start).Duration() >= (heavy && o.Heavy ? settings.BetweenHeavySessions : settings.BetweenLightSessions));
    }

    // A session the athlete moved stays where they put it, whatever the rules would have chosen.
    private static Candidate Kept(AthleteDecision decision, Dictionary<DateOnly, DayAssessment> days, PlanningInput input)
    {
        var start = Dates.LocalTime.Instant(decision.Date, decision.StartLocal, input.TimeZone);
        var day = days.GetValueOrDefault(decision.Date) ?? DayAssessor.Assess(decision.Date, input.Today, [], input.Profile.Template);
        var reason = string.Create(CultureInfo.InvariantCulture, $"you moved this session to {decision.Date.DayOfWeek} {decision.StartLocal:HH:mm}: kept there, and the rest of the week is planned around it");
        return new Candidate(decision.Date, start, decision.StartLocal, day, double.MaxValue, reason);
    }

    // Where a moved session breaks a hard rule, the athlete hears it (they may have had a reason).
    private static string? DecisionWarning(AthleteDecision decision, Dictionary<DateOnly, DayAssessment> days) =>
        decision.Deleted
            ? $"you deleted a session ({decision.Uid}) from your calendar: it is not planned again this week"
            : days.GetValueOrDefault(decision.Date.AddDays(1)) is { Running: RunningDay.Key } next
                ? $"rule 13 - you moved a session to {decision.Date.DayOfWeek}, the day before a key day ({next.Reason}): the run may suffer"
                : null;

    private static DateTime RoundUpToQuarter(DateTime time)
    {
        var quarters = (int)Math.Ceiling(time.TimeOfDay.TotalMinutes / 15);
        return time.Date.AddMinutes(quarters * 15);
    }

    private static string DayWord(DayAssessment day) => day.Running switch
    {
        RunningDay.Rest => "a rest day",
        RunningDay.Easy => "an easy day",
        RunningDay.Key => $"a key day ({KindLabel(day.Kind)})",
        _ => "a day with nothing recorded",
    };

    private static string KindLabel(ActivityKind? kind) => kind switch
    {
        ActivityKind.LongRun => "long run",
        ActivityKind.Interval => "intervals",
        ActivityKind.Tempo => "tempo",
        ActivityKind.Race => "race",
        _ => "key run",
    };
}
