using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RunnerStrength.GarminConnection;
using RunnerStrength.Hosting;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.Strength;
using RunnerStrength.Strava;
using RunnerStrength.StravaConnection;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Races;
using RunnerStrength.Training.Strength;
using RunnerStrength.Web.Forms;
using RunnerStrength.Web.SetUp;

namespace RunnerStrength.Pages;

/// <summary>
/// The athlete's own data: races, the usual week, lifting time, deadlift stage, 1RM and equipment, and
/// the strength log. Every change is stored and followed by a replan, so the plan and calendars follow.
/// </summary>
internal sealed class SettingsModel(
    AthleteContextLoader athleteContexts, AthleteStore athletes, RaceStore races, StrengthLogStore log, IReplanTrigger replans,
    StravaStatus stravaStatus, IOptions<StravaOptions> stravaOptions, GarminStatus garminStatus, CalendarPush.CalendarPushStatus pushStatus) : PageModel
{
    /// <summary>The Strava connection in one line; null when no Strava application is configured.</summary>
    public string? Strava { get; private set; }

    public string Garmin { get; private set; } = "";

    /// <summary>Each configured calendar's state (empty: none configured).</summary>
    public IReadOnlyList<CalendarPush.CalendarPushStatus.ProviderState> Calendars { get; private set; } = [];

    /// <summary>What the page can set up (applications' credentials, a calendar server) and how each field stands.</summary>
    public IReadOnlyList<(SetUpService Service, IReadOnlyList<PageSetUp.FieldState> Fields)> SetUp { get; private set; } = [];

    /// <summary>The address each OAuth provider sends the browser back to (to register with it).</summary>
    public Func<string, string> Callback { get; private set; } = _ => "";

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

    /// <summary>Changes a race in place: date, name, distance, priority (the form of each race in the list).</summary>
    public async Task<IActionResult> OnPostEditRaceAsync(int id, CancellationToken cancellationToken)
    {
        var athlete = await athleteContexts.LoadAsync(cancellationToken);
        var (race, problems) = RaceInput.Read(Race.Date, Race.Name, Race.DistanceKm, Race.Priority);
        if (race is null)
        {
            return await InvalidAsync(string.Join(" ", problems.Select(p => $"Race {Label(p.Field)} {p.Problem}.")), cancellationToken);
        }

        return await ReplannedAsync(await races.UpdateAsync(athlete.AthleteId, id, race, cancellationToken) ? $"Saved {race.Name} on {race.Date:d MMM yyyy} ({race.Priority})." : "That race was not there.", cancellationToken);
    }

    /// <summary>A Garmin Personal API key pasted into the page: stored encrypted, like <c>garmin connect</c>.</summary>
    public async Task<IActionResult> OnPostGarminKeyAsync(string? garminKey, string? garminExpires, CancellationToken cancellationToken)
    {
        var key = garminKey?.Trim();
        if (string.IsNullOrEmpty(key) || key.Any(char.IsWhiteSpace) || key.Any(char.IsControl))
        {
            return await InvalidAsync("Garmin: paste the Personal API key from Garmin Connect web (Settings, Personal API Key), on one line.", cancellationToken);
        }

        DateOnly? expires = null;
        if (!string.IsNullOrWhiteSpace(garminExpires))
        {
            if (!IsoDate.TryParse(garminExpires, out var day))
            {
                return await InvalidAsync("Garmin: the key's expiry is a date (YYYY-MM-DD), or leave it empty.", cancellationToken);
            }

            expires = day;
        }

        await HttpContext.RequestServices.GetRequiredService<GarminConnector>().ConnectAsync(key, expires, cancellationToken);
        Message = "Garmin key stored (encrypted). Activities come in with the next pull (within 30 minutes).";
        return RedirectToPage(null, null, null, "connections");
    }

    /// <summary>Forgets the Garmin key stored from the page or <c>garmin connect</c>; the activities pulled stay.</summary>
    public async Task<IActionResult> OnPostDisconnectGarminAsync(CancellationToken cancellationToken)
    {
        Message = await HttpContext.RequestServices.GetRequiredService<GarminConnector>().DisconnectAsync(cancellationToken)
            ? "Garmin key removed: the pull stops; the activities already pulled stay."
            : "No Garmin key was stored here (a key in the configuration stays until you remove it there).";
        return RedirectToPage(null, null, null, "connections");
    }

    /// <summary>Disconnects Strava: tokens revoked and deleted, Strava's activities removed (FIT data kept).</summary>
    public async Task<IActionResult> OnPostDisconnectStravaAsync(CancellationToken cancellationToken)
    {
        var removed = await HttpContext.RequestServices.GetRequiredService<StravaConnector>().DisconnectAsync(revoke: true, cancellationToken);
        return await ReplannedAsync($"Strava disconnected; {removed} activities from Strava removed (FIT files kept).", cancellationToken);
    }

    /// <summary>Disconnects Google Calendar or Outlook: tokens revoked where the provider can, and deleted; the calendar stays there.</summary>
    public async Task<IActionResult> OnPostDisconnectCalendarAsync(string provider, CancellationToken cancellationToken)
    {
        if (!RunnerStrength.Calendar.Providers.CalendarProviderNames.Connectable.Contains(provider))
        {
            return BadRequest();
        }

        Message = await HttpContext.RequestServices.GetRequiredService<CalendarAccounts.CalendarConnector>().DisconnectAsync(provider, cancellationToken)
            ? "Calendar disconnected: nothing more is sent there; the calendar RunnerStrength made stays with its sessions (delete it there if you like)."
            : "That calendar was not connected.";
        return RedirectToPage(null, null, null, "connections");
    }

    /// <summary>Stores an application's credentials or a calendar server typed on the page, then takes them in a restarted host.</summary>
    public async Task<IActionResult> OnPostSetUpAsync(string service, CancellationToken cancellationToken)
    {
        if (SetUpService.Find(service) is not { } found)
        {
            return BadRequest();
        }

        var problem = await HttpContext.RequestServices.GetRequiredService<PageSetUp>().SaveAsync(found, id => Request.Form[id].FirstOrDefault(), cancellationToken);
        return problem is null ? Restarting($"{found.Title} saved (secrets encrypted).") : await InvalidAsync(problem, cancellationToken);
    }

    /// <summary>Forgets what the page set up for a service (the operator's own configuration stays).</summary>
    public async Task<IActionResult> OnPostClearSetUpAsync(string service, CancellationToken cancellationToken)
    {
        if (SetUpService.Find(service) is not { } found)
        {
            return BadRequest();
        }

        await HttpContext.RequestServices.GetRequiredService<PageSetUp>().ClearAsync(found, cancellationToken);
        return Restarting($"{found.Title} removed from the page's settings.");
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
            template = WeeklyTemplate.Parse(Settings.TemplateText());
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
        var (session, problem) = LogEntryInput.Read(Lift.Date, Lift.Sets, Lift.Exercise, null, Lift.Failed, Lift.Pain, athlete.Today, athlete.Profile.DeadliftStage);
        if (session is null)
        {
            return await InvalidAsync($"Log: {problem}", cancellationToken);
        }

        await log.AddAsync(athlete.AthleteId, session, StrengthLogSource.Manual, cancellationToken);
        return await ReplannedAsync($"Logged {session.Sets.Count} sets on {session.Date:d MMM}.", cancellationToken);
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

    // The host is built again with the new settings once this answer is out; the page comes back by itself.
    private ContentResult Restarting(string saved)
    {
        HttpContext.RequestServices.GetRequiredService<ServiceRestart>().Request(HttpContext, HttpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>());
        var text = System.Net.WebUtility.HtmlEncode(saved);
        return Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta http-equiv=\"refresh\" content=\"3;url=/Settings#connections\"><title>Restarting - RunnerStrength</title></head>"
            + $"<body><main><p id=\"restarting\">{text} The service restarts to use it; this page goes back to <a href=\"/Settings#connections\">Settings</a> in a few seconds.</p></main></body></html>",
            "text/html; charset=utf-8");
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
        Strava = stravaOptions.Value.Enabled ? await stravaStatus.DescribeAsync(cancellationToken) : null;
        Garmin = await garminStatus.DescribeAsync(cancellationToken);
        Calendars = await pushStatus.ReadAsync(athlete.AthleteId, cancellationToken);
        var setUp = HttpContext.RequestServices.GetRequiredService<PageSetUp>();
        SetUp = SetUpService.All.Select(s => (s, setUp.State(s))).ToList();
        Callback = setUp.Callback;
        if (fillForms)
        {
            Settings = ProfileForm.From(athlete.Profile);
            Lift = new LogForm { Date = athlete.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
    }
}
