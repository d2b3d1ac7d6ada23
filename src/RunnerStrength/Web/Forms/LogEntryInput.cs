using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Strength;

namespace RunnerStrength.Web.Forms;

/// <summary>A logged session as the athlete types it (the settings form, the history's edit, <c>runnerstrength log</c>), read once.</summary>
internal static class LogEntryInput
{
    public static (StrengthSession? Session, string? Problem) Read(string? date, string? sets, string? exercise, double? rpe, bool missed, bool pain, DateOnly today, DeadliftStage stage)
    {
        if (!IsoDate.TryParse(date, out var day))
        {
            return (null, "a date (YYYY-MM-DD) is needed.");
        }

        if (day > today)
        {
            return (null, "a session cannot be logged before it happened.");
        }

        if (rpe is < 1 or > 10)
        {
            return (null, "effort (RPE) is a number from 1 to 10.");
        }

        var lifted = StrengthSetsText.Parse(sets);
        if (lifted.Error is not null)
        {
            return (null, lifted.Error);
        }

        DeadliftStage? named = string.IsNullOrWhiteSpace(exercise) ? stage : DeadliftStages.Parse(exercise);
        if (named is not { } chosen)
        {
            return (null, $"exercise {DeadliftStages.Problem(exercise)}.");
        }

        var withEffort = rpe is { } effort ? lifted.Sets.Select(s => s with { Rpe = effort }).ToList() : lifted.Sets;
        return (new StrengthSession(day, DeadliftStages.Exercise(chosen), withEffort) { Failed = missed, Pain = pain }, null);
    }
}
