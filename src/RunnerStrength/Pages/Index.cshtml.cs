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
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Pages;

internal sealed class IndexModel(
    AthleteContextLoader athletes, RaceStore races, WeekView weeks, FeedStore feeds, CalendarPushStatus pushStatus, WeeklyVolume volume, PlanHistory history,
    StravaStatus stravaStatus, IOptions<StravaOptions> stravaOptions, GarminStatus garminStatus, IOptions<WebOptions> web) : PageModel
{
    public AthleteProfile? Profile { get; private set; }

    public IReadOnlyList<StoredRace> Races { get; private set; } = [];

    /// <summary>Last week and the coming two.</summary>
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string FeedUrl { get; private set; } = "";

    /// <summary>What moved in the plan in the last two weeks among the sessions still ahead, newest first.</summary>
    public IReadOnlyList<PlanChangeRow> Changes { get; private set; } = [];

    /// <summary>The last 12 weeks of running as an SVG bar chart (easy and key kilometres).</summary>
    public string VolumeSvg { get; private set; } = "";

    /// <summary>The Strava connection in one line; null when no Strava application is configured.</summary>
    public string? Strava { get; private set; }

    /// <summary>The Garmin connection in one line, with the key-expiry warning.</summary>
    public string Garmin { get; private set; } = "";

    /// <summary>Whether the Garmin key expires within a week (or has): the line is shown as a warning.</summary>
    public bool GarminKeyExpiresSoon { get; private set; }

    /// <summary>The CalDAV push: null when no server is configured.</summary>
    public CalendarPushStatus.Summary? Push { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        Profile = athlete.Profile;
        Today = athlete.Today;
        Races = await races.ListAsync(athlete.AthleteId, cancellationToken);
        Plans = await weeks.PlansAsync(athlete, weeksBack: 1, weeksAhead: 2, cancellationToken);
        Changes = await history.RecentAsync(athlete.AthleteId, athlete.Now.AddDays(-14), athlete.Today.ToDateTime(TimeOnly.MinValue), 10, cancellationToken);
        VolumeSvg = Web.VolumeChart.Svg(await volume.LastWeeksAsync(athlete, 12, cancellationToken));
        var token = await feeds.TokenAsync(athlete.AthleteId, cancellationToken);
        var url = new Uri(new Uri(web.Value.PublicBaseUrl), $"/calendar/{token}.ics");
        FeedUrl = new UriBuilder(url) { Scheme = "webcal", Port = url.IsDefaultPort ? -1 : url.Port }.Uri.ToString();
        Strava = stravaOptions.Value.Enabled ? await stravaStatus.DescribeAsync(cancellationToken) : null;
        Garmin = await garminStatus.DescribeAsync(cancellationToken);
        GarminKeyExpiresSoon = await garminStatus.ExpiresSoonAsync(cancellationToken);
        Push = await pushStatus.ReadAsync(athlete.AthleteId, cancellationToken) is { } push
            ? push with { NextAttempt = push.NextAttempt is { } next ? TimeZoneInfo.ConvertTime(next, athlete.Zone) : null }
            : null;
    }

    /// <summary>A new secret feed address; the old one stops working (a leaked link is revoked).</summary>
    public async Task<IActionResult> OnPostRotateFeedAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        await feeds.RotateAsync(athlete.AthleteId, cancellationToken);
        return RedirectToPage(null, null, null, "feed");
    }

    public static string StageName(DeadliftStage stage) => DeadliftStages.Label(stage);
}
