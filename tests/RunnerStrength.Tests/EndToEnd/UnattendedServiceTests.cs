using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.EndToEnd;

/// <summary>
/// Issue 7's end-to-end run: the real service process with the Strava double, a Radicale server and a
/// FIT inbox, living through a chosen week. Connect, backfill (killed halfway and restarted), plan, events
/// on the server; then a hard run is recorded a little before today's session and the session moves:
/// same UID, one event, the past untouched.
/// </summary>
public sealed class UnattendedServiceTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [SkippableFact]
    public async Task ConnectBackfillCrashPlanPublish_ThenAHardRunMovesASession()
    {
        await using var radicale = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        // The service lives through a chosen week whatever day the test runs on: its clock is moved to
        // Tuesday 24 November 2026 around 17:00 in Paris. The offset is a whole number of hours, so the
        // Strava double's rate-limit windows (on the real clock) stay aligned with the service's.
        var chosen = new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(1));
        var offset = TimeSpan.FromHours(Math.Round((chosen - TimeProvider.System.GetUtcNow()).TotalHours));
        var today = DateOnly.FromDateTime(chosen.DateTime);
        var lastSunday = today.AddDays(-2);
        var history = StravaDoubleActivity.SteadyWeeks(lastSunday, 104);
        using var strava = new StravaDouble(history, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), shortLimit: 2, longLimit: 1000) { MaxPerPage = 30 };
        var data = _work.Combine("data");
        Directory.CreateDirectory(Path.Combine(data, "inbox"));
        File.Copy(RepositoryPaths.Fixtures("fit", "garmin-fenix-5-run.fit"), Path.Combine(data, "inbox", "fenix.fit"));
        File.SetLastWriteTimeUtc(Path.Combine(data, "inbox", "fenix.fit"), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var settings = strava.Settings("__").Concat(radicale.Settings("__")).ToDictionary();
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        settings["RunnerStrength__Athlete__WeeklyTemplate"] = "Monday=rest, Tuesday=easy, Wednesday=rest, Thursday=easy, Friday=rest, Saturday=rest, Sunday=long";
        settings["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar";
        settings["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "110";
        settings["RunnerStrength__Calendar__CalDav__PushCron"] = "* * * * *";
        settings["RunnerStrength__Clock__Offset"] = offset.ToString("c", CultureInfo.InvariantCulture);

        // Connect in the browser's way, then kill the service while the backfill walks back.
        var service = await ServiceProcess.StartAsync(_work.Path, data, settings);
        int port = service.Port;
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = service.BaseUrl })
        {
            using var start = await http.GetAsync(new Uri("/connect/strava", UriKind.Relative));
            var state = start.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "state")[1];
            using var back = await http.GetAsync(new Uri($"/connect/strava/callback?state={state}&code={strava.IssueCode()}&scope=read,activity:read_all,profile:read_all", UriKind.Relative));
            Assert.Equal("/?strava=connected", back.Headers.Location?.OriginalString);
            await Eventually.ReachedAsync(async () => await StravaActivitiesAsync(data) is var (count, _) && count > 60 && count < history.Count, "the backfill under way", TimeSpan.FromSeconds(60));
        }

        await service.KillAsync();
        await service.DisposeAsync();
        var (beforeCrash, _) = await StravaActivitiesAsync(data);

        // Restarted on the same folder: the backfill resumes from its cursor.
        service = await ServiceProcess.StartAsync(_work.Path, data, settings, port);
        await using var _ = service;
        await Eventually.ReachedAsync(async () => (await StravaActivitiesAsync(data)).Count == history.Count && await HealthAsync(service) is var h && h.Contains("history complete", StringComparison.Ordinal), "the whole history", TimeSpan.FromSeconds(90), service);
        var (stored, distinct) = await StravaActivitiesAsync(data);
        Assert.True(beforeCrash < history.Count, $"killed mid-backfill ({beforeCrash} of {history.Count})");
        Assert.Equal((history.Count, history.Count), (stored, distinct));
        Assert.Equal(0, strava.Violations);
        Assert.Equal(1L, await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities WHERE Source = 'fit'"));
        Assert.True(File.Exists(Directory.EnumerateFiles(Path.Combine(data, "archive"), "*.fit", SearchOption.AllDirectories).Single()));

        // The plan's sessions are on the CalDAV server, each once.
        var client = new CalDavClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(radicale.Root, CalDavServer.User, CalDavServer.Password));
        var calendar = new Uri(radicale.Home, "runnerstrength/");
        await Eventually.ReachedAsync(async () => await ServiceDatabase.DeliveredAsync(data), "the outbox delivered", TimeSpan.FromSeconds(90));
        var events = await EventsAsync(client, calendar);
        var planned = await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM published_events WHERE Cancelled = 0");
        Assert.Equal(planned, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());

        // Today's session is at the usual 18:00; then intervals run at 15:30 today arrive from Strava. Rule 15
        // wants the lift at least 3 h after the run's end, so today's session moves; the past stays as it was.
        var moved = events.SingleOrDefault(e => DateOnly.FromDateTime(e.LocalStart) == today)
            ?? throw new InvalidOperationException($"The scenario needs a session on {today}; planned: {string.Join(", ", events.Select(e => e.LocalStart))}");
        Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(moved.LocalStart));
        var past = events.Where(e => DateOnly.FromDateTime(e.LocalStart) < today).ToDictionary(e => e.Uid, e => (e.LocalStart, e.Sequence));
        var runStart = today.ToDateTime(new TimeOnly(15, 30));
        strava.Activities.Add(new StravaDoubleActivity(9_999_999, new DateTimeOffset(runStart, Paris.GetUtcOffset(runStart)), "Run", 3, 2700, 10000, "Track intervals 8x400"));
        using (var http = new HttpClient { BaseAddress = service.BaseUrl })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/sync", UriKind.Relative)) { Headers = { { "X-RunnerStrength-Request", "sync" } } };
            using var sync = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, sync.StatusCode);
        }

        ServerEvent? after = null;
        await Eventually.ReachedAsync(async () => (after = (await EventsAsync(client, calendar)).SingleOrDefault(e => e.Uid == moved.Uid)) is { } a && a.LocalStart != moved.LocalStart, "the session moved on the server", TimeSpan.FromSeconds(90));
        Assert.True(after!.Sequence > moved.Sequence, "SEQUENCE raised");
        Assert.True(after.LocalStart >= runStart.AddMinutes(45).AddHours(3), $"moved to {after.LocalStart}, at least 3 h after the run");
        var final = await EventsAsync(client, calendar);
        Assert.Single(final, e => e.Uid == moved.Uid);
        Assert.Equal(final.Count, final.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(past, final.Where(e => past.ContainsKey(e.Uid)).ToDictionary(e => e.Uid, e => (e.LocalStart, e.Sequence)));
    }

    private static async Task<List<ServerEvent>> EventsAsync(CalDavClient client, Uri calendar) =>
        (await client.QueryAsync(calendar, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), default))
            .Select(r => ServerEvent.Read(r.CalendarData!, Paris)!).ToList();

    private static async Task<(long Count, long Distinct)> StravaActivitiesAsync(string data) =>
        (await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities WHERE Source = 'strava'"), await ServiceDatabase.ScalarAsync(data, "SELECT count(DISTINCT SourceId) FROM activities WHERE Source = 'strava'"));

    private static async Task<string> HealthAsync(ServiceProcess service)
    {
        using var http = new HttpClient();
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri(service.BaseUrl, "/healthz")));
        return health.RootElement.GetProperty("strava").GetString() ?? "";
    }
}
