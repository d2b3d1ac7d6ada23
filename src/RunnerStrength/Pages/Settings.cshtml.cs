using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Races;
using RunnerStrength.Training.Strength;
using RunnerStrength.Web.Forms;

namespace RunnerStrength.Pages;

/// <summary>
/// The athlete's own data: races, the usual week, lifting time, deadlift stage, 1RM and equipment, and
/// the strength log. Every change is stored and followed by a replan, so the plan and calendars follow.
/// </summary>
internal sealed class SettingsModel(AthleteContextLoader athleteContexts, AthleteStore athletes, RaceStore races, StrengthLogStore log, IReplanTrigger replans) : PageModel
{
    public AthleteProfile? Profile { get; private set; }

    public IReadOnlyList<StoredRace> Races { get; private set; } = [];

    public IReadOnlyList<StrengthSession> RecentLog { get; private set; } = [];

    /// <summary>A proposed move to the next deadlift stage, waiting for the athlete's confirmation.</summary>
    public string? Proposal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public RaceForm Race { get; set; } = new();

    [BindProperty]
    public ProfileForm Settings { get; set; } = new();

    [BindProperty]
    public LogForm Lift { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(fillForms: true, cancellationToken);

    public async Task<IActionResult> OnPostAddRaceAsync(CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        var (race, problems) = RaceInput.Read(Race.Date, Race.Name, Race.DistanceKm, Race.Priority);
        if (race is null)
        {
            return await InvalidAsync(string.Join(" ", problems.Select(p => $"Race {Label(p.Field)} {p.Problem}.")), cancellationToken);
        }

        var (_, added) = await races.AddAsync(athlete.AthleteId, race, cancellationToken);
        return await ReplannedAsync(added ? $"Added {race.Name} on {race.Date:d MMM yyyy} ({race.Priority})." : $"{race.Name} on {race.Date:d MMM yyyy} was already there.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveRaceAsync(int id, CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        return await ReplannedAsync(await races.RemoveAsync(athlete.AthleteId, id, cancellationToken) ? "Race removed." : "That race was not there.", cancellationToken);
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        WeeklyTemplate template;
        try
        {
            template = WeeklyTemplate.Parse(Settings.Template ?? "");
        }
        catch (FormatException e)
        {
            return await InvalidAsync($"Usual week: {e.Message}", cancellationToken);
        }

        if (!ClockTime.TryParse(Settings.StrengthTime, out var time))
        {
            return await InvalidAsync($"Lifting time {ClockTime.Problem(Settings.StrengthTime)}.", cancellationToken);
        }

        if (DeadliftStages.Parse(Settings.Stage) is not { } stage)
        {
            return await InvalidAsync($"Deadlift stage {DeadliftStages.Problem(Settings.Stage)}.", cancellationToken);
        }

        if (StrengthInput.OneRepMaxProblem(Settings.OneRepMaxKg) is { } oneRepMaxProblem)
        {
            return await InvalidAsync($"1RM {oneRepMaxProblem}.", cancellationToken);
        }

        var (kettlebells, kettlebellProblem) = StrengthInput.ParseKettlebells(Settings.KettlebellsKg);
        if (kettlebellProblem is not null)
        {
            return await InvalidAsync($"Kettlebells {kettlebellProblem}.", cancellationToken);
        }

        await athletes.UpdateAsync(athlete.AthleteId, new AthleteSettings(template, time, stage, Settings.OneRepMaxKg, Settings.HasHexBar, Settings.HasBarbell, kettlebells), cancellationToken);
        return await ReplannedAsync("Settings saved; the plan follows them.", cancellationToken);
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        var (sets, error) = StrengthSetsText.Parse(Lift.Sets);
        if (error is not null || !IsoDate.TryParse(Lift.Date, out var date))
        {
            return await InvalidAsync($"Log: {error ?? "a date (YYYY-MM-DD) is needed."}", cancellationToken);
        }

        if (date > athlete.Today)
        {
            return await InvalidAsync("Log: a session cannot be logged before it happened.", cancellationToken);
        }

        var exercise = DeadliftStages.Parse(Lift.Exercise) is { } stage ? DeadliftStages.Exercise(stage) : DeadliftStages.Exercise(athlete.Profile.DeadliftStage);
        await log.AddAsync(athlete.AthleteId, new StrengthSession(date, exercise, sets) { Failed = Lift.Failed, Pain = Lift.Pain }, StrengthLogSource.Manual, cancellationToken);
        return await ReplannedAsync($"Logged {sets.Count} sets on {date:d MMM}.", cancellationToken);
    }

    private static string Label(RaceField field) => field switch
    {
        RaceField.Distance => "distance",
        _ => field.ToString().ToLowerInvariant(),
    };

    private async Task<RedirectToPageResult> ReplannedAsync(string message, CancellationToken cancellationToken)
    {
        await replans.ReplanAsync(cancellationToken);
        Message = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalidAsync(string error, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, error);
        await LoadAsync(fillForms: false, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(bool fillForms, CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        Profile = athlete.Profile;
        Races = await races.ListAsync(athlete.AthleteId, cancellationToken);
        RecentLog = athlete.StrengthLog.Where(l => l.Date >= athlete.Today.AddDays(-56)).Reverse().ToList();
        Proposal = ExerciseProgression.Proposal(athlete.StrengthLog, athlete.Profile, athlete.Today);
        if (fillForms)
        {
            Settings = ProfileForm.From(athlete.Profile);
            Lift = new LogForm { Date = athlete.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
    }
}
