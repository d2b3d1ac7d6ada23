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
        if (log.Any(s => s.Pain && s.Date.DayNumber >= date.DayNumber - 28))
        {
            return "rule 30 - pain was reported in the last 4 weeks: step back one level until it is gone";
        }

        switch (profile.DeadliftStage)
        {
            case DeadliftStage.Kettlebell:
                var kettlebell = log.Where(s => s.Exercise == DeadliftStages.Exercise(DeadliftStage.Kettlebell) && s.Date < date).OrderBy(s => s.Date).ToList();
                var heaviest = profile.Equipment.KettlebellsKg.DefaultIfEmpty(0).Max();
                var strongEnough = kettlebell.Any(s => s.Sets.Count(set => set.Reps >= 8 && set.Rpe is <= 6 && (set.LoadKg >= heaviest || set.LoadKg >= 0.3 * profile.BodyMassKg)) >= 3);
                return kettlebell.Count >= 6 && date.DayNumber - kettlebell[0].Date.DayNumber >= 28 && strongEnough && profile.Equipment.HasHexBar
                    ? string.Create(CultureInfo.InvariantCulture, $"rule 30 - {kettlebell.Count} kettlebell sessions over {(date.DayNumber - kettlebell[0].Date.DayNumber) / 7} weeks with 3x8 easy at the heaviest bell: ready for the hex bar when you confirm your technique")
                    : null;
            case DeadliftStage.HexBar:
                var hex = log.Where(s => s.Exercise == DeadliftStages.Exercise(DeadliftStage.HexBar) && s.Date < date).OrderBy(s => s.Date).ToList();
                return hex.Count > 0 && date.DayNumber - hex[0].Date.DayNumber >= 56 && profile.Equipment.HasBarbell && hex[^1].TopLoadKg is { } load
                    ? string.Create(CultureInfo.InvariantCulture, $"rule 30 - 8 weeks on the hex bar without pain: the barbell is available if you want it (staying is fine), starting at {0.8 * load:0.#} kg")
                    : null;
            default:
                return null;
        }
    }
}
