using System.Globalization;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Planning;

/// <summary>
/// Places the week's deadlift sessions on the days the hard rules allow (13, 15-21), choosing among
/// them the days with the most recovery before the next key run (rule 14), and says why for each.
/// Pure: the same input always gives the same plan.
/// </summary>
public sealed partial class Planner(PlannerSettings settings, Classifier classifier)
{
    /// <summary>A planner with the default settings.</summary>
    public Planner()
        : this(PlannerSettings.Default, new Classifier())
    {
    }

    /// <summary>Plans the week of <paramref name="input"/>.</summary>
    public Plan Plan(PlanningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var history = new ActivityHistory(input.Activities);
        // Only the days around the week, and the weeks the key-day habits are learnt from, need verdicts (each
        // activity judged once); the rest of the history informs them.
        var (from, to) = (input.WeekStart.AddDays(-2), input.WeekStart.AddDays(12));
        var learnFrom = input.Today < input.WeekStart.AddDays(7) ? input.Today : input.WeekStart.AddDays(7);
        var learnSince = learnFrom.AddDays(-7 * KeyDayHabits.WeeksRead);
        var judged = input.Activities
            .Where(a => (a.LocalDate >= from && a.LocalDate <= to) || (a.LocalDate >= learnSince && a.LocalDate < learnFrom))
            .Select(a => (Activity: a, Verdict: classifier.Classify(a, input.Profile, history, input.Races)))
            .ToList();
        var recorded = judged.Where(j => j.Activity.LocalDate >= from && j.Activity.LocalDate <= to).ToList();
        // The weekdays really run hard lately count as key days ahead, whatever the usual week says.
        var habits = KeyDayHabits.Learn(judged, learnFrom);
        var days = Enumerable.Range(-2, 7 + 2 + 5).Select(i => input.WeekStart.AddDays(i))
            .ToDictionary(d => d, d => WithRaces(DayAssessor.Assess(d, input.Today, recorded, input.Profile.Template, habits), input.Races));
        var keyRuns = KeyRuns(days.Values, recorded, input);
        var phases = new PhaseCalendar(input.Races, input.Profile, settings);
        var weekPhase = phases.On(input.WeekStart).Phase;
        var deload = weekPhase == Phase.Build && (ISOWeek.GetWeekOfYear(input.WeekStart.ToDateTime(TimeOnly.MinValue)) % settings.DeloadEveryWeeks == 0
            || IsCutbackWeek(input, history));

        var week = Enumerable.Range(0, 7).Select(input.WeekStart.AddDays).ToList();
        var held = input.Held.Where(h => h.Date >= input.WeekStart && h.Date < input.WeekStart.AddDays(7)).ToList();
        var rejected = new List<string>();
        var candidates = new List<Candidate>();
        foreach (var date in week)
        {
            if (Evaluate(date, days, keyRuns, phases, input) is not { } candidate)
            {
                rejected.Add(RejectionOf(date, days, keyRuns, phases, input));
            }
            else if (candidate.Start >= input.ChangesFrom || input.ChangesFrom is null)
            {
                candidates.Add(candidate); // the past is history: nothing new is placed before ChangesFrom
            }
        }

        var spikes = SpikeWarnings(week, recorded, history, input);
        var uidPrefix = string.Create(CultureInfo.InvariantCulture, $"rs-{input.WeekStart:yyyyMMdd}-");
        var decisions = input.AthleteDecisions.Where(d => d.Uid.StartsWith(uidPrefix, StringComparison.Ordinal) && held.All(h => h.Uid != d.Uid)).ToList();
        var kept = decisions.Where(d => !d.Deleted).Select(d => (d.Uid, Candidate: Kept(d, days, input)))
            .Concat(held.Select(h => (h.Uid, Candidate: History(h, days, input)))).ToList();
        var open = candidates.Where(c => kept.All(k => k.Candidate.Date != c.Date)).ToList();
        var chosen = Choose(open, Math.Max(0, PlannerSettings.SessionsPerWeek(weekPhase) - decisions.Count - held.Count), input, phases, kept.Select(k => k.Candidate).ToList());
        // Rule 33: only warn-level spikes (rule 31 above 30 %, rule 32) hold the loads back.
        var spikeWeek = spikes.Any(w => !w.StartsWith("rule 31 (info)", StringComparison.Ordinal));
        var freeOrdinals = Enumerable.Range(1, 7).Select(n => $"{uidPrefix}{n}@runnerstrength").Where(uid => decisions.All(d => d.Uid != uid) && held.All(h => h.Uid != uid));
        var placed = kept.Where(k => held.All(h => h.Uid != k.Uid)).Concat(chosen.OrderBy(c => c.Date).Zip(freeOrdinals, (c, uid) => (Uid: uid, Candidate: c)));
        var sessions = placed.Select(p => Session(p.Candidate, p.Uid, input, phases, deload, spikeWeek)).Concat(held).OrderBy(s => s.Date).ThenBy(s => s.StartLocal).ToList();
        var warnings = Warnings(week, sessions, input, sessions.Count == 0 && decisions.Count == 0 ? rejected : [], spikes);
        warnings.AddRange(decisions.Select(d => DecisionWarning(d, days)).OfType<string>());
        return new Plan(input.WeekStart, weekPhase, deload, week.Select(d => days[d]).ToList(), sessions, warnings)
        {
            Proposal = Strength.ExerciseProgression.Proposal(input.StrengthLog, input.Profile, input.WeekStart),
            Statuses = sessions.ToDictionary(s => s.Uid, s => StatusOf(s, held.Contains(s), input)),
            MoveOptions = sessions.Where(s => !held.Contains(s)).ToDictionary(s => s.Uid, s => (IReadOnlyList<MoveSlot>)MoveOptionsOf(s, sessions, candidates, input, phases)),
        };
    }

    // Where a session may go instead: a day the hard rules allow from now on, with no other session, spaced from all of them (rule 16).
    private List<MoveSlot> MoveOptionsOf(PlannedSession session, List<PlannedSession> sessions, List<Candidate> candidates, PlanningInput input, PhaseCalendar phases)
    {
        var others = sessions.Where(o => o.Uid != session.Uid).Select(o => (o.Date, Start: Dates.LocalTime.Instant(o.Date, o.StartLocal, input.TimeZone))).ToList();
        return candidates
            .Where(c => c.Date != session.Date && others.All(o => o.Date != c.Date) && IsSpaced(c.Date, c.Start, input, phases, others))
            .Select(c => new MoveSlot(c.Date, c.StartLocal)).ToList();
    }

    // Done when the log or a strength activity says so that day; otherwise history once its day has passed.
    private static SessionStatus StatusOf(PlannedSession session, bool held, PlanningInput input) =>
        input.StrengthLog.Any(l => l.Date == session.Date) || input.Activities.Any(a => a.Sport == Activities.Sport.Strength && a.LocalDate == session.Date) ? SessionStatus.Done
        : session.Date >= input.Today ? SessionStatus.Ahead
        : held && !(Dates.LocalTime.Instant(session.Date, session.StartLocal, input.TimeZone) < input.FirstPlanned) ? SessionStatus.Missed
        : SessionStatus.Hindsight;

    // A session already given and started stays as it was; it only takes part in spacing.
    private static Candidate History(PlannedSession session, Dictionary<DateOnly, DayAssessment> days, PlanningInput input) =>
        new(session.Date, Dates.LocalTime.Instant(session.Date, session.StartLocal, input.TimeZone), session.StartLocal, days[session.Date], double.MaxValue, session.Reason);

    // Rule 29: a week already run at less than 80 % of the 4 weeks before it was the running plan's cutback week.
    private static bool IsCutbackWeek(PlanningInput input, ActivityHistory history)
    {
        if (input.WeekStart.AddDays(7) > input.Today)
        {
            return false; // A week not yet run cannot be judged.
        }

        var weekStart = Dates.LocalTime.Instant(input.WeekStart, TimeOnly.MinValue, input.TimeZone);
        var distance = input.Activities.Where(a => a.Sport == Activities.Sport.Run && a.LocalDate >= input.WeekStart && a.LocalDate < input.WeekStart.AddDays(7)).Sum(a => a.DistanceM ?? 0);
        return history.MeanWeeklyDistance(weekStart) is { } mean && distance > 0 && distance < 0.8 * mean;
    }

    // A race day is a key day whatever the template or the record says (a C race is treated as a key run, rule 20).
    // A race day shows the race, not the template's run; a run recorded that day keeps its own verdict when it was key.
    private static DayAssessment WithRaces(DayAssessment day, IReadOnlyList<Race> races) =>
        races.FirstOrDefault(r => r.Date == day.Date) is { } race && (day.FromTemplate || day.Running != RunningDay.Key)
            ? day with { Running = RunningDay.Key, Kind = ActivityKind.Race, Reason = $"race day: {race.Name}, {race.Priority} race" }
            : day;

    private static PlannedSession Session(Candidate candidate, string uid, PlanningInput input, PhaseCalendar phases, bool deload, bool spikeWeek)
    {
        var phase = phases.On(candidate.Date).Phase;
        var exercise = Athletes.DeadliftStages.Exercise(input.Profile.DeadliftStage);
        // Rule 24: without a configured 1RM, the best estimate from the last 8 weeks of the log.
        var profile = input.Profile.OneRepMaxKg is null && Strength.OneRepMax.FromLog(input.StrengthLog, exercise, candidate.Date) is { } estimated
            ? input.Profile with { OneRepMaxKg = Math.Round(estimated, 1) }
            : input.Profile;
        var decision = phase is Phase.Build or Phase.Skill or Phase.Maintenance
            ? Strength.LoadProgression.Decide(input.StrengthLog, exercise, candidate.Date, profile,
                mayIncrease: phase != Phase.Maintenance && !spikeWeek && !deload,
                noIncreaseReason: phase == Phase.Maintenance ? "maintenance keeps the load and cuts the volume"
                    : spikeWeek ? "rule 33 - your running spiked this week: same load" : "deload week: same load")
            : null;
        var prescription = Prescription.Prescriber.Prescribe(phase, deload && phase == Phase.Build, profile, decision?.LoadKg);
        var reason = decision is null ? candidate.Reason : $"{candidate.Reason}; {decision.Reason}";
        return new PlannedSession(uid, candidate.Date, candidate.StartLocal, prescription, reason);
    }
}
