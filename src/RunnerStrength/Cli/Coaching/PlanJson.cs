using System.Globalization;
using RunnerStrength.Training.Classification;
using RunnerStrength.Training.Days;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Cli.Coaching;

/// <summary>The plan JSON of ARCHITECTURE.md.</summary>
internal static class PlanJson
{
    public static string Write(Plan plan) => JsonLines.Serialize(new
    {
        week_start = Date(plan.WeekStart),
        phase = plan.Phase.ToString().ToLowerInvariant(),
        deload = plan.Deload,
        warnings = plan.Warnings,
        proposal = plan.Proposal,
        days = plan.Days.Select(d => new
        {
            date = Date(d.Date),
            running = d.Running.ToString().ToLowerInvariant(),
            kind = d.Running == RunningDay.Key ? d.Kind?.Name() : null,
            reason = d.Reason,
        }),
        sessions = plan.Sessions.Select(s => new
        {
            uid = s.Uid,
            date = Date(s.Date),
            start_local = s.StartLocal.ToString("HH:mm", CultureInfo.InvariantCulture),
            duration_min = (int)s.Prescription.Duration.TotalMinutes,
            exercise = s.Prescription.Exercise,
            sets = s.Prescription.Sets.Select(set => new { reps = set.Reps, percent_1rm = set.PercentOneRepMax, load_kg = set.LoadKg, warmup = set.Warmup }),
            reason = s.Reason,
            status = plan.StatusOf(s).ToString().ToLowerInvariant(),
        }),
    });

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
