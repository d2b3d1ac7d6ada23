using System.Globalization;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Strength;

/// <summary>
/// Rule 30: when the next exercise may be proposed (kettlebell to hex bar, hex bar to barbell). The plan
/// only proposes; the athlete confirms on the web page or the command line.
/// </summary>
public static class ExerciseProgression
{
    /// <summary>The proposal for <paramref name="date"/>, or null when the criteria are not met.</summary>
    public static string? Proposal(IReadOnlyList<StrengthSession> log, AthleteProfile profile, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(profile);
        if (PainRecently(log, date))
        {
            return "rule 30 - pain was reported in the last 4 weeks: step back one level until it is gone";
        }

        var progress = Progress.Of(log, profile, date);
        return profile.DeadliftStage switch
        {
            DeadliftStage.Kettlebell when Checklist(log, profile, date).All(c => c.Met) =>
                string.Create(CultureInfo.InvariantCulture, $"rule 30 - {progress.Sessions} kettlebell sessions over {progress.Weeks} weeks with 3x8 easy at the heaviest bell: ready for the hex bar when you confirm your technique"),
            DeadliftStage.HexBar when Checklist(log, profile, date).All(c => c.Met) && progress.LastTopLoadKg is { } load =>
                string.Create(CultureInfo.InvariantCulture, $"rule 30 - 8 weeks on the hex bar without pain: the barbell is available if you want it (staying is fine), starting at {0.8 * load:0.#} kg"),
            _ => null,
        };
    }

    /// <summary>Rule 30's criteria for leaving the current stage, each with whether it is met (empty on the barbell, the last stage).</summary>
    public static IReadOnlyList<ProgressCriterion> Checklist(IReadOnlyList<StrengthSession> log, AthleteProfile profile, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(profile);
        var progress = Progress.Of(log, profile, date);
        var noPain = new ProgressCriterion("no pain reported in the last 4 weeks", !PainRecently(log, date));
        return profile.DeadliftStage switch
        {
            DeadliftStage.Kettlebell =>
            [
                new(string.Create(CultureInfo.InvariantCulture, $"at least 6 kettlebell sessions ({progress.Sessions} so far)"), progress.Sessions >= 6),
                new(string.Create(CultureInfo.InvariantCulture, $"at least 4 weeks since the first ({progress.Weeks} so far)"), progress.Days >= 28),
                new(string.Create(CultureInfo.InvariantCulture, $"3 sets of 8 at RPE 6 or easier with your heaviest bell ({progress.HeaviestBellKg:0.#} kg){(profile.BodyMassKg is { } mass ? $" or {0.3 * mass:0.#} kg (30 % of body mass)" : "")}"), progress.StrongEnough),
                noPain,
                new("a hex bar to move to", profile.Equipment.HasHexBar),
            ],
            DeadliftStage.HexBar =>
            [
                new(string.Create(CultureInfo.InvariantCulture, $"at least 8 weeks on the hex bar ({progress.Weeks} so far)"), progress.Days >= 56),
                noPain,
                new("a barbell to move to (optional: staying on the hex bar is fine)", profile.Equipment.HasBarbell),
            ],
            _ => [],
        };
    }

    private static bool PainRecently(IReadOnlyList<StrengthSession> log, DateOnly date) => log.Any(s => s.Pain && s.Date.DayNumber >= date.DayNumber - 28);

    // What the log shows about the current stage's exercise before the date.
    private sealed record Progress(int Sessions, int Days, double HeaviestBellKg, bool StrongEnough, double? LastTopLoadKg)
    {
        public int Weeks => Days / 7;

        public static Progress Of(IReadOnlyList<StrengthSession> log, AthleteProfile profile, DateOnly date)
        {
            var exercise = DeadliftStages.Exercise(profile.DeadliftStage);
            var sessions = log.Where(s => s.Exercise == exercise && s.Date < date).OrderBy(s => s.Date).ToList();
            var heaviest = profile.Equipment.KettlebellsKg.DefaultIfEmpty(0).Max();
            var strong = sessions.Any(s => s.Sets.Count(set => set.Reps >= 8 && set.Rpe is <= 6 && (set.LoadKg >= heaviest || set.LoadKg >= 0.3 * profile.BodyMassKg)) >= 3);
            return new Progress(sessions.Count, sessions.Count == 0 ? 0 : date.DayNumber - sessions[0].Date.DayNumber, heaviest, strong, sessions.Count == 0 ? null : sessions[^1].TopLoadKg);
        }
    }
}
