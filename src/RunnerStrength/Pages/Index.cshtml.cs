using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.GarminConnection;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Strava;
using RunnerStrength.StravaConnection;
using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;
using RunnerStrength.Web.Forms;

namespace RunnerStrength.Pages;

internal sealed class IndexModel(
    AthleteContextLoader athletes, RaceStore races, WeekView weeks, FeedStore feeds, CalendarPushStatus pushStatus, WeeklyVolume volume, PlanHistory history,
    StravaStatus stravaStatus, IOptions<StravaOptions> stravaOptions, GarminStatus garminStatus, IOptions<WebOptions> web, SessionActions actions) : PageModel
{
    /// <summary>The next session still ahead, first on the page; null when none is planned in the coming weeks.</summary>
    public UpcomingSession? Next { get; private set; }

    /// <summary>Which kettlebell to pick up for the next session when there is no 1RM.</summary>
    public string? Bell { get; private set; }

    /// <summary>The next session's working sets as the "done with changes" form takes them.</summary>
    public string PlannedSetsText { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public AthleteProfile? Profile { get; private set; }

    public IReadOnlyList<StoredRace> Races { get; private set; } = [];

    /// <summary>Last week, this week and the next two.</summary>
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string FeedUrl { get; private set; } = "";

    /// <summary>What moved in the plan in the last two weeks among the sessions still ahead, newest first.</summary>
    public IReadOnlyList<PlanChangeRow> Changes { get; private set; } = [];

    /// <summary>The last 12 weeks of running as an SVG bar chart (easy and key kilometres).</summary>
    public string VolumeSvg { get; private set; } = "";

    /// <summary>The chart's figures, for its table.</summary>
    public IReadOnlyList<WeeklyVolume.Bar> Volume { get; private set; } = [];

    /// <summary>The Strava connection in one line; null when no Strava application is configured.</summary>
    public string? Strava { get; private set; }

    /// <summary>The Garmin connection in one line, with the key-expiry warning.</summary>
    public string Garmin { get; private set; } = "";

    /// <summary>Whether the Garmin key expires within a week (or has): the line is shown as a warning.</summary>
    public bool GarminKeyExpiresSoon { get; private set; }

    /// <summary>The CalDAV push: null when no server is configured.</summary>
    /// <summary>Each configured calendar's push state, next tries in the athlete's zone.</summary>
    public IReadOnlyList<CalendarPushStatus.ProviderState> Push { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        Profile = athlete.Profile;
        Today = athlete.Today;
        Races = await races.ListAsync(athlete.AthleteId, cancellationToken);
        Plans = await weeks.PlansAsync(athlete, weeksBack: 1, weeksAhead: 3, cancellationToken);
        var ahead = SessionActions.Ahead(Plans);
        Next = ahead.Count > 0 ? ahead[0] : null;
        if (Next is { } upcoming)
        {
            Bell = BellGuide.Suggest(upcoming.Session.Prescription, athlete.Profile);
            PlannedSetsText = StrengthSetsText.Format(upcoming.Session.Prescription.Sets.Where(s => !s.Warmup).Select(s => new StrengthSet(s.Reps, s.LoadKg)).ToList());
        }

        Changes = await history.RecentAsync(athlete.AthleteId, athlete.Now.AddDays(-14), athlete.Today.ToDateTime(TimeOnly.MinValue), 10, cancellationToken);
        Volume = await volume.LastWeeksAsync(athlete, 12, cancellationToken);
        VolumeSvg = Web.VolumeChart.Svg(Volume);
        var token = await feeds.TokenAsync(athlete.AthleteId, cancellationToken);
        var url = new Uri(new Uri(web.Value.PublicBaseUrl), $"/calendar/{token}.ics");
        FeedUrl = new UriBuilder(url) { Scheme = "webcal", Port = url.IsDefaultPort ? -1 : url.Port }.Uri.ToString();
        Strava = stravaOptions.Value.Enabled ? await stravaStatus.DescribeAsync(cancellationToken) : null;
        Garmin = await garminStatus.DescribeAsync(cancellationToken);
        GarminKeyExpiresSoon = await garminStatus.ExpiresSoonAsync(cancellationToken);
        Push = (await pushStatus.ReadAsync(athlete.AthleteId, cancellationToken))
            .Select(p => p with { NextAttempt = p.NextAttempt is { } next ? TimeZoneInfo.ConvertTime(next, athlete.Zone) : null })
            .ToList();
    }

    /// <summary>A new secret feed address; the old one stops working (a leaked link is revoked).</summary>
    public async Task<IActionResult> OnPostRotateFeedAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        await feeds.RotateAsync(athlete.AthleteId, cancellationToken);
        return RedirectToPage(null, null, null, "feed");
    }

    /// <summary>Done as planned: the planned working sets go into the log, and the plan follows.</summary>
    public async Task<IActionResult> OnPostDoneAsync(string uid, CancellationToken cancellationToken) =>
        Reported(await actions.DoneAsync(await athletes.LoadAsync(cancellationToken), uid, null, failed: false, pain: false, cancellationToken));

    /// <summary>Done, but not as planned: the sets as lifted, the effort, missed reps, pain.</summary>
    public async Task<IActionResult> OnPostDoneWithChangesAsync(string uid, string? sets, double? rpe, bool missed, bool pain, CancellationToken cancellationToken)
    {
        var (lifted, problem) = LogEntryInput.ReadSets(sets, rpe);
        return problem is not null
            ? Reported(new SessionActionResult(false, $"Not logged: {problem}"))
            : Reported(await actions.DoneAsync(await athletes.LoadAsync(cancellationToken), uid, lifted, missed, pain, cancellationToken));
    }

    public async Task<IActionResult> OnPostSkipAsync(string uid, CancellationToken cancellationToken) =>
        Reported(await actions.SkipAsync(await athletes.LoadAsync(cancellationToken), uid, cancellationToken));

    public async Task<IActionResult> OnPostMoveAsync(string uid, string? date, CancellationToken cancellationToken) =>
        Reported(IsoDate.TryParse(date, out var day)
            ? await actions.MoveAsync(await athletes.LoadAsync(cancellationToken), uid, day, cancellationToken)
            : new SessionActionResult(false, "Choose a day to move the session to."));

    private RedirectToPageResult Reported(SessionActionResult result)
    {
        Message = result.Ok ? result.Message : $"⚠ {result.Message}";
        return RedirectToPage(null, null, null, "next");
    }

    public static string StageName(DeadliftStage stage) => DeadliftStages.Label(stage);
}
