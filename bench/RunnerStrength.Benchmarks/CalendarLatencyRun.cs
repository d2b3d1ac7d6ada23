using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Calendars;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>calendar-latency N</c>: how long from a new activity arriving (Strava's webhook event) to the moved session
/// in each calendar. N times, on a fresh data folder: the Release service process (webhooks on) with Strava,
/// Google, Outlook and a local Radicale configured, Google and Outlook connected the browser's way; at 17:00 on a
/// Tuesday with a session at 18:00, intervals that ended at 16:15 arrive, and the session must move at least
/// 3 h after them. Prints each run and the median and worst per provider. Whole-process figures; build Release first.
/// </summary>
internal static class CalendarLatencyRun
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static async Task<int> RunAsync(int runs)
    {
        var times = new Dictionary<string, List<double>> { ["google"] = [], ["microsoft"] = [], ["caldav"] = [] };
        for (var run = 1; run <= runs; run++)
        {
            var one = await OnceAsync();
            foreach (var (provider, seconds) in one)
            {
                times[provider].Add(seconds);
            }

            Console.WriteLine($"run {run}: " + string.Join(", ", one.Select(o => $"{o.Key} {o.Value:0.00} s")));
        }

        foreach (var (provider, list) in times)
        {
            var sorted = list.Order().ToList();
            Console.WriteLine($"{provider}: median {sorted[sorted.Count / 2]:0.00} s, worst {sorted[^1]:0.00} s over {sorted.Count} runs");
        }

        return 0;
    }

    private static async Task<Dictionary<string, double>> OnceAsync()
    {
        var chosen = new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(1));
        var offset = TimeSpan.FromHours(Math.Round((chosen - TimeProvider.System.GetUtcNow()).TotalHours));
        var today = DateOnly.FromDateTime(chosen.DateTime);
        using var strava = new StravaDouble(StravaDoubleActivity.SteadyWeeks(today.AddDays(-2), 6), TimeSpan.FromMinutes(15), TimeSpan.FromDays(1));
        using var google = new GoogleCalendarDouble();
        using var graph = new GraphCalendarDouble();
        await using var radicale = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        using var work = new TempDirectory();
        var settings = strava.Settings("__").Concat(google.Settings("__")).Concat(graph.Settings("__")).Concat(radicale.Settings("__")).ToDictionary();
        settings["RunnerStrength__Athlete__WeeklyTemplate"] = "Monday=rest, Tuesday=easy, Wednesday=rest, Thursday=easy, Friday=rest, Saturday=rest, Sunday=long";
        settings["RunnerStrength__Clock__Offset"] = offset.ToString("c", CultureInfo.InvariantCulture);
        await using var connected = await ConnectedService.StartAsync(work, strava, settings);
        foreach (var provider in new[] { "google", "microsoft" })
        {
            await ConnectAsync(connected.Http, provider);
        }

        var caldav = new CalDavClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(radicale.Root, CalDavServer.User, CalDavServer.Password));
        var calendar = new Uri(radicale.Home, "runnerstrength/");
        await Eventually.ReachedAsync(async () => strava.SubscriptionCallback is not null && google.OurEvents().Count > 0 && graph.OurEvents().Count > 0 && await CalDavStartAsync(caldav, calendar, null) is not null, "connected, subscribed and delivered", TimeSpan.FromSeconds(90), connected.Process);
        var session = google.OurEvents().Single(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Start, Paris).DateTime) == today);
        var uid = session.Uid!;
        var (before, caldavBefore) = (session.Start, await CalDavStartAsync(caldav, calendar, uid));

        var runStart = today.ToDateTime(new TimeOnly(15, 30));
        const long id = 9_999_999;
        strava.Activities.Add(new StravaDoubleActivity(id, new DateTimeOffset(runStart, Paris.GetUtcOffset(runStart)), "Run", 3, 2700, 10000, "Track intervals 8x400"));
        var clock = Stopwatch.StartNew();
        using (var posted = await connected.Http.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "activity", object_id = id, aspect_type = "create", owner_id = 777, subscription_id = 131300, event_time = 1, updates = new { } }))
        {
            posted.EnsureSuccessStatusCode();
        }

        var seen = new Dictionary<string, double>();
        while (seen.Count < 3 && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (!seen.ContainsKey("google") && google.OurEvents().SingleOrDefault(e => e.Uid == uid)?.Start is { } g && g != before)
            {
                seen["google"] = clock.Elapsed.TotalSeconds;
            }

            if (!seen.ContainsKey("microsoft") && graph.OurEvents().SingleOrDefault(e => e.Uid == uid)?.Start is { } m && m != before)
            {
                seen["microsoft"] = clock.Elapsed.TotalSeconds;
            }

            if (!seen.ContainsKey("caldav") && await CalDavStartAsync(caldav, calendar, uid) is { } c && c != caldavBefore)
            {
                seen["caldav"] = clock.Elapsed.TotalSeconds;
            }

            await Task.Delay(50);
        }

        return seen;
    }

    // The browser's way: our redirect to the provider's authorize page, which sends it back to our callback.
    private static async Task ConnectAsync(HttpClient service, string provider)
    {
        using var start = await service.GetAsync(new Uri($"/connect/{provider}", UriKind.Relative));
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(start.Headers.Location);
        using var back = await service.GetAsync(authorize.Headers.Location);
        if (back.Headers.Location?.OriginalString != $"/Settings?calendar={provider}-connected")
        {
            throw new InvalidOperationException($"{provider} did not connect: {(int)back.StatusCode} {await back.Content.ReadAsStringAsync()}");
        }
    }

    // The start of our event for uid on the CalDAV server (any of ours when uid is null), or null.
    private static async Task<DateTime?> CalDavStartAsync(CalDavClient client, Uri calendar, string? uid)
    {
        try
        {
            var found = await client.QueryAsync(calendar, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), default);
            return found.Select(r => ServerEvent.Read(r.CalendarData!, Paris)).FirstOrDefault(e => e is not null && (uid is null || e.Uid == uid))?.LocalStart;
        }
        catch (CalDavException)
        {
            return null; // the calendar is not made yet
        }
    }
}
