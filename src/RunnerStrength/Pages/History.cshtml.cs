using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Strength;
using RunnerStrength.Web.Forms;

namespace RunnerStrength.Pages;

/// <summary>The lifting history: every logged session (edit, delete), the estimated 1RM over time, and the stage's progress (rule 30).</summary>
internal sealed class HistoryModel(AthleteContextLoader athletes, StrengthLogStore log, IReplanTrigger replans) : PageModel
{
    public IReadOnlyList<LoggedSession> Sessions { get; private set; } = [];

    public DeadliftStage Stage { get; private set; }

    public IReadOnlyList<ProgressCriterion> Checklist { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        Sessions = await log.ListAsync(athlete.AthleteId, cancellationToken);
        Stage = athlete.Profile.DeadliftStage;
        Checklist = ExerciseProgression.Checklist(athlete.StrengthLog, athlete.Profile, athlete.Today.AddDays(1));
    }

    public async Task<IActionResult> OnPostEditAsync(int id, string? date, string? sets, double? rpe, bool missed, bool pain, CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        var known = (await log.ListAsync(athlete.AthleteId, cancellationToken)).FirstOrDefault(l => l.Id == id);
        if (known is null)
        {
            return Reported("That session is not in the log any more.");
        }

        var (session, problem) = LogEntryInput.Read(date, sets, known.Session.Exercise, rpe, missed, pain, athlete.Today, athlete.Profile.DeadliftStage);
        if (session is null)
        {
            return Reported($"⚠ Not saved: {problem}");
        }

        await log.UpdateAsync(athlete.AthleteId, id, session, cancellationToken);
        await replans.ReplanAsync(cancellationToken);
        return Reported(string.Create(CultureInfo.InvariantCulture, $"Saved the session of {session.Date:ddd d MMM}. The plan follows."));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        var removed = await log.RemoveAsync(athlete.AthleteId, id, cancellationToken);
        if (removed)
        {
            await replans.ReplanAsync(cancellationToken);
        }

        return Reported(removed ? "Deleted from the log. The plan follows." : "That session is not in the log any more.");
    }

    /// <summary>The session's estimated 1RM (Epley on its best set, rule 24), or null.</summary>
    public static double? EstimatedOneRepMax(StrengthSession session) =>
        session.Sets.Select(s => s.LoadKg is { } kg ? OneRepMax.Estimate(kg, s.Reps, s.Rpe) : null).OfType<double>().DefaultIfEmpty().Max() is var best && best > 0 ? best : null;

    public static string SetsText(StrengthSession session) => StrengthSetsText.Format(session.Sets);

    private RedirectToPageResult Reported(string message)
    {
        Message = message;
        return RedirectToPage();
    }
}
