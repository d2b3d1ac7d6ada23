using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Calendars;
using RunnerStrength.Testing.Strava;
using RunnerStrength.Tests.EndToEnd;

namespace RunnerStrength.Tests.Browser;

/// <summary>
/// Issue 13 end to end with the service process: Google Calendar and Outlook connected from the Settings page in
/// Debian's chromium through the providers' redirect chains (authorize page, callback with code and state); the
/// sessions appear on both doubles; then intervals arrive from Strava before today's session, the service
/// replans, and the session moves in both calendars under the same event ids, never twice.
/// </summary>
public sealed class CalendarConnectBrowserTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [SkippableFact]
    public async Task ConnectBothInTheBrowser_ThenAHardRunMovesTheSessionInBoth()
    {
        ChromiumBrowser.Require();
        var chosen = new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(1)); // Tuesday, before the 18:00 session
        var offset = TimeSpan.FromHours(Math.Round((chosen - TimeProvider.System.GetUtcNow()).TotalHours));
        var today = DateOnly.FromDateTime(chosen.DateTime);
        using var strava = new StravaDouble(StravaDoubleActivity.SteadyWeeks(today.AddDays(-2), 6), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), shortLimit: 100, longLimit: 1000);
        using var google = new GoogleCalendarDouble();
        using var graph = new GraphCalendarDouble();
        var settings = strava.Settings("__").Concat(google.Settings("__")).Concat(graph.Settings("__")).ToDictionary();
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        settings["RunnerStrength__Athlete__WeeklyTemplate"] = "Monday=rest, Tuesday=easy, Wednesday=rest, Thursday=easy, Friday=rest, Saturday=rest, Sunday=long";
        settings["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar";
        settings["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "110";
        settings["RunnerStrength__Clock__Offset"] = offset.ToString("c", CultureInfo.InvariantCulture);
        await using var service = await ServiceProcess.StartAsync(_work.Path, _work.Combine("data"), settings);
        await ConnectStravaAsync(service, strava);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = service.BaseUrl.AbsoluteUri, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        // Connect both from the page: each link goes to the provider's authorize page, which sends the browser back.
        await page.GotoAsync("/Settings");
        Assert.StartsWith("Google Calendar: disconnected: reconnect. Not connected yet", await page.Locator("#calendar-state-google").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#connect-google");
        Assert.EndsWith("/Settings?calendar=google-connected", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#connect-microsoft");
        Assert.EndsWith("/Settings?calendar=microsoft-connected", page.Url, StringComparison.Ordinal);
        Assert.Equal("https://www.googleapis.com/auth/calendar.app.created", google.AskedScope);
        Assert.Equal("S256", graph.LastAuthorize["code_challenge_method"]);
        await Eventually.ReachedAsync(() => Task.FromResult(google.OurEvents().Count > 0 && graph.OurEvents().Count > 0), "the sessions in both calendars", TimeSpan.FromSeconds(60), service);
        await page.ReloadAsync();
        Assert.StartsWith("Google Calendar: connected", await page.Locator("#calendar-state-google").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Outlook: connected", await page.Locator("#calendar-state-microsoft").InnerTextAsync(), StringComparison.Ordinal);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");

        // Today's session at 18:00 in both; then intervals at 15:30 arrive, and rule 15 moves the lift.
        var session = google.OurEvents().Single(e => DateOnly.FromDateTime(Local(e.Start)) == today);
        Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(Local(session.Start)));
        var (googleId, graphId, before) = (session.Id, graph.OurEvents().Single(e => e.Uid == session.Uid).Id, session.Start); // the double updates its events in place
        var runStart = today.ToDateTime(new TimeOnly(15, 30));
        strava.Activities.Add(new StravaDoubleActivity(9_999_999, new DateTimeOffset(runStart, Paris.GetUtcOffset(runStart)), "Run", 3, 2700, 10000, "Track intervals 8x400"));
        using (var http = new HttpClient { BaseAddress = service.BaseUrl })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/sync", UriKind.Relative)) { Headers = { { "X-RunnerStrength-Request", "sync" } } };
            using var sync = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, sync.StatusCode);
        }

        await Eventually.ReachedAsync(
            () => Task.FromResult(Moved(google.OurEvents().SingleOrDefault(e => e.Uid == session.Uid)?.Start, before) && Moved(graph.OurEvents().SingleOrDefault(e => e.Uid == session.Uid)?.Start, before)),
            "the session moved in both calendars",
            TimeSpan.FromSeconds(90),
            service);
        var movedGoogle = google.OurEvents().Single(e => e.Uid == session.Uid);
        var movedGraph = graph.OurEvents().Single(e => e.Uid == session.Uid);
        Assert.Equal((googleId, graphId), (movedGoogle.Id, movedGraph.Id));
        Assert.Equal(movedGoogle.Start, movedGraph.Start);
        Assert.True(Local(movedGoogle.Start) >= runStart.AddMinutes(45).AddHours(3), $"moved to {Local(movedGoogle.Start)}, at least 3 h after the run");
        Assert.Equal(google.OurEvents().Count, google.OurEvents().Select(e => e.Uid).Distinct().Count());
        Assert.Equal(graph.OurEvents().Count, graph.OurEvents().Select(e => e.Uid).Distinct().Count());
        Assert.Equal(0, google.Violations + graph.Violations);
    }

    // Strava's own connection is tested elsewhere: here it is only where the hard run comes from.
    private async Task ConnectStravaAsync(ServiceProcess service, StravaDouble strava)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = service.BaseUrl };
        using var start = await http.GetAsync(new Uri("/connect/strava", UriKind.Relative));
        var state = start.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "state")[1];
        using var back = await http.GetAsync(new Uri($"/connect/strava/callback?state={state}&code={strava.IssueCode()}&scope=read,activity:read_all,profile:read_all", UriKind.Relative));
        Assert.Equal("/?strava=connected", back.Headers.Location?.OriginalString);
        await Eventually.ReachedAsync(async () => await ServiceDatabase.ScalarAsync(_work.Combine("data"), "SELECT count(*) FROM activities WHERE Source = 'strava'") == strava.Activities.Count, "the Strava history", TimeSpan.FromSeconds(60), service);
    }

    private static bool Moved(DateTimeOffset? now, DateTimeOffset before) => now is { } start && start != before;

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;
}
