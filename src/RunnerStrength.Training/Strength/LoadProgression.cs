using System.Globalization;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Training.Strength;

/// <summary>
/// The next working load from the strength log: re-entry after a gap (rule 23), slow increases only
/// after easy sessions (rule 25), repeats and cuts after failures (rule 26), none in a spike week (rule 33)
/// or in maintenance.
/// </summary>
public static class LoadProgression
{
    /// <summary>Decides the load for a session of <paramref name="exercise"/> on <paramref name="date"/>, or null without a logged load.</summary>
    public static LoadDecision? Decide(IReadOnlyList<StrengthSession> log, string exercise, DateOnly date, AthleteProfile profile, bool mayIncrease, string? noIncreaseReason = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(profile);
        var history = log.Where(s => s.Exercise == exercise && s.Date < date && s.TopLoadKg is not null).OrderBy(s => s.Date).ToList();
        if (history.Count == 0)
        {
            return null;
        }

        var last = history[^1];
        var load = last.TopLoadKg!.Value;
        var gap = date.DayNumber - last.Date.DayNumber;

        // Rule 23: re-entry after a gap.
        if (gap > 56)
        {
            var max = OneRepMax.FromLog(log, exercise, last.Date.AddDays(1)) ?? load;
            return Round(0.7 * max * 0.8, profile, $"rule 23 - {gap} days since the last session: restart from 0.7 x the estimated 1RM");
        }

        if (gap > 28)
        {
            return Round(load * 0.8, profile, $"rule 23 - {gap} days since the last session: 20 % lighter");
        }

        if (gap > 14)
        {
            return Round(load * 0.9, profile, $"rule 23 - {gap} days since the last session: 10 % lighter");
        }

        // Rule 26: failures.
        if (last.Failed)
        {
            return history.Count >= 2 && history[^2].Failed
                ? Round(load * 0.9, profile, "rule 26 - two failed sessions in a row: 10 % lighter")
                : new LoadDecision(load, "rule 26 - reps were missed last time: same load again");
        }

        if (!mayIncrease)
        {
            return new LoadDecision(load, noIncreaseReason ?? "same load");
        }

        // Rule 25: every working set at RPE 8 or easier, and no increase in the last 7 days.
        if (last.Sets.Any(s => s.Rpe is null or > 8))
        {
            return new LoadDecision(load, "rule 25 - last session was not done at RPE 8 or easier everywhere: same load");
        }

        var lastIncrease = history.Zip(history.Skip(1)).LastOrDefault(p => p.Second.TopLoadKg > p.First.TopLoadKg).Second;
        if (lastIncrease is not null && date.DayNumber - lastIncrease.Date.DayNumber < 7)
        {
            return new LoadDecision(load, "rule 25 - the load went up less than 7 days ago: same load");
        }

        return profile.DeadliftStage == DeadliftStage.Kettlebell ? NextBell(history, load, profile) : Step(load, profile);
    }

    private static LoadDecision Step(double load, AthleteProfile profile)
    {
        var max = profile.OneRepMaxKg;
        var step = max is { } m && load >= 0.85 * m ? 2.5 : Math.Min(0.05 * load, 5);
        var target = LoadRounding.Round(load + step, profile.DeadliftStage, profile.Equipment);
        if (target <= load)
        {
            target = load + (2 * profile.Equipment.SmallestPlateKg); // The smallest step the plates allow.
        }

        return new LoadDecision(target, string.Create(CultureInfo.InvariantCulture, $"rule 25 - last session at RPE 8 or easier: {load:0.##} -> {target:0.##} kg"));
    }

    // Kettlebells go up one bell, and only after two qualifying sessions at the current one.
    private static LoadDecision NextBell(List<StrengthSession> history, double load, AthleteProfile profile)
    {
        var atThisBell = history.AsEnumerable().Reverse().TakeWhile(s => s.TopLoadKg == load && s.Sets.All(set => set.Rpe is <= 8)).Count();
        var next = profile.Equipment.KettlebellsKg.Where(b => b > load).DefaultIfEmpty(load).Min();
        return atThisBell >= 2 && next > load
            ? new LoadDecision(next, string.Create(CultureInfo.InvariantCulture, $"rule 25 - two easy sessions with the {load:0.#} kg bell: up to {next:0.#} kg"))
            : new LoadDecision(load, string.Create(CultureInfo.InvariantCulture, $"rule 25 - the {load:0.#} kg bell again ({atThisBell} of 2 easy sessions before the next one)"));
    }

    private static LoadDecision Round(double target, AthleteProfile profile, string reason) =>
        new(LoadRounding.Round(target, profile.DeadliftStage, profile.Equipment), reason);
}
