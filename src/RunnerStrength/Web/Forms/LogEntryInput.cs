using RunnerStrength.Training.Activities;
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

        var (lifted, problem) = ReadSets(sets, rpe);
        if (problem is not null)
        {
            return (null, problem);
        }

        DeadliftStage? named = string.IsNullOrWhiteSpace(exercise) ? stage : DeadliftStages.Parse(exercise);
        if (named is not { } chosen)
        {
            return (null, $"exercise {DeadliftStages.Problem(exercise)}.");
        }

        return (new StrengthSession(day, DeadliftStages.Exercise(chosen), lifted) { Failed = missed, Pain = pain }, null);
    }

    /// <summary>The sets as lifted, each with the session's effort when given; or the problem, in a sentence.</summary>
    public static (IReadOnlyList<StrengthSet> Sets, string? Problem) ReadSets(string? sets, double? rpe)
    {
        if (rpe is < 1 or > 10)
        {
            return ([], "effort (RPE) is a number from 1 to 10.");
        }

        var lifted = StrengthSetsText.Parse(sets);
        return lifted.Error is not null ? ([], lifted.Error)
            : (rpe is { } effort ? lifted.Sets.Select(s => s with { Rpe = effort }).ToList() : lifted.Sets, null);
    }
}
