using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>soak MINUTES</c>: the Release service process for that long against the Strava double (webhooks on) and
/// Radicale (CalDAV push, when installed), with churn: a FIT file (one of the fixtures, or a garbage file that
/// must be quarantined) dropped in the inbox every 20 s, the plan, history and settings pages every 5 s, a
/// same-origin sync request every minute, a webhook event for a real activity every 30 s. Samples resident
/// memory, open file descriptors and threads every 30 s, and prints them with the first and last five minutes'
/// means (growth beyond noise is a leak). Whole-process figures; build Release first.
/// </summary>
internal static class SoakRun
{
    public static async Task<int> RunAsync(int minutes)
    {
        using var strava = new StravaDouble(StravaDoubleActivity.History(200, TimeProvider.System.GetUtcNow().AddHours(-3)), TimeSpan.FromMinutes(15), TimeSpan.FromDays(1));
        using var work = new TempDirectory();
        await using var calendar = File.Exists("/usr/bin/radicale") ? await CalDavServer.StartAsync(CalDavServerKind.Radicale) : null;
        var settings = strava.Settings("__");
        foreach (var (key, value) in calendar?.Settings("__") ?? [])
        {
            settings[key] = value;
        }

        settings["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar";
        settings["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "120";
        await using var connected = await ConnectedService.StartAsync(work, strava, settings);
        var (service, http, data) = (connected.Process, connected.Http, work.Combine("data"));

        var fixtures = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "fixtures", "fit"), "*.fit");
        var inbox = Path.Combine(data, "inbox");
        Directory.CreateDirectory(inbox);
        var samples = new List<(double Minute, long RssMiB, int Fds, int Threads)>();
        var clock = Stopwatch.StartNew();
        var errors = 0;
        for (var tick = 0; clock.Elapsed < TimeSpan.FromMinutes(minutes); tick++)
        {
            try
            {
                await ChurnAsync(http, strava, inbox, fixtures, tick);
            }
            catch (HttpRequestException)
            {
                errors++;
            }

            if (tick % 6 == 0)
            {
                samples.Add((clock.Elapsed.TotalMinutes, connected.RssMiB, Directory.GetFiles($"/proc/{service.ProcessId}/fd").Length, Directory.GetDirectories($"/proc/{service.ProcessId}/task").Length));
                var last = samples[^1];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{last.Minute,5:0.0} min  RSS {last.RssMiB,4} MiB  fds {last.Fds,4}  threads {last.Threads,3}"));
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        var first = samples.Where(s => s.Minute <= 5).ToList();
        var final = samples.Where(s => s.Minute >= minutes - 5).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first 5 min: RSS {first.Average(s => s.RssMiB):0} MiB, fds {first.Average(s => s.Fds):0}, threads {first.Average(s => s.Threads):0}; last 5 min: RSS {final.Average(s => s.RssMiB):0} MiB, fds {final.Average(s => s.Fds):0}, threads {final.Average(s => s.Threads):0}"));
        Console.WriteLine($"inbox: {Directory.GetFiles(Path.Combine(data, "archive"), "*", SearchOption.AllDirectories).Length} archived, {(Directory.Exists(Path.Combine(data, "quarantine")) ? Directory.GetFiles(Path.Combine(data, "quarantine")).Length : 0) / 2} quarantined, {Directory.GetFiles(inbox).Length} left; request errors {errors}; Strava calls {strava.ApiCalls}, 429s {strava.TooManyRequestsSent}, violations {strava.Violations}");
        return 0;
    }

    // One 5-second tick of a runner's and the world's activity.
    private static async Task ChurnAsync(HttpClient http, StravaDouble strava, string inbox, string[] fixtures, int tick)
    {
        foreach (var page in new[] { "/", "/History", "/Settings" })
        {
            using var response = await http.GetAsync(new Uri(page, UriKind.Relative));
        }

        if (tick % 4 == 0)
        {
            var name = $"soak-{tick}.fit";
            if (tick % 20 == 0)
            {
                await File.WriteAllBytesAsync(Path.Combine(inbox, name), [0x0E, 0x10, 0x00, 0x00, 0x01, 0x02]); // damaged: quarantined
            }
            else
            {
                File.Copy(fixtures[tick / 4 % fixtures.Length], Path.Combine(inbox, name));
            }
        }

        if (tick % 6 == 0)
        {
            var activity = strava.Activities[tick / 6 % strava.Activities.Count];
            using var response = await http.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative),
                new { object_type = "activity", object_id = activity.Id, aspect_type = "update", owner_id = 777, subscription_id = 131300, event_time = tick, updates = new { } });
        }

        if (tick % 12 == 0)
        {
            using var sync = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/sync", UriKind.Relative));
            sync.Headers.Add("X-RunnerStrength-Request", "1");
            sync.Headers.Add("Origin", http.BaseAddress!.GetLeftPart(UriPartial.Authority));
            using var response = await http.SendAsync(sync);
        }
    }
}
