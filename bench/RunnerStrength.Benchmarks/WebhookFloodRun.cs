using System.Diagnostics;
using System.Net.Http.Json;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>webhook-flood N</c>: the Release service process with Strava's webhooks on, connected to the Strava double
/// (100 reads per 15 minutes, as a personal app), takes N forged events (made-up activity ids, the athlete's
/// public owner id, our subscription id) as fast as they can be posted. Prints the Strava calls they cost and the
/// resident memory before and after. Whole-process figures; build Release first.
/// </summary>
internal static class WebhookFloodRun
{
    public static async Task<int> RunAsync(int count)
    {
        using var strava = new StravaDouble(StravaDoubleActivity.History(40, TimeProvider.System.GetUtcNow().AddHours(-3)), TimeSpan.FromMinutes(15), TimeSpan.FromDays(1));
        using var work = new TempDirectory();
        await using var connected = await ConnectedService.StartAsync(work, strava, strava.Settings("__"));
        var (service, http) = (connected.Process, connected.Http);

        // The sync of the 40 activities and the subscription (ensured 10 s after start) are done before the flood.
        await Eventually.ReachedAsync(() => Task.FromResult(strava.SubscriptionCallback is not null && strava.ListCalls > 0), "connected and subscribed", TimeSpan.FromSeconds(60), service);
        await QuietAsync(strava);
        var (callsBefore, rssBefore) = (strava.ApiCalls, connected.RssMiB);

        var clock = Stopwatch.StartNew();
        foreach (var batch in Enumerable.Range(0, count).Chunk(50))
        {
            var posts = batch.Select(async i =>
            {
                using var response = await http.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative),
                    new { object_type = "activity", object_id = 90_000_000L + i, aspect_type = "update", owner_id = 777, subscription_id = 131300, event_time = i, updates = new { } });
                return (int)response.StatusCode;
            });
            await Task.WhenAll(posts);
        }

        var posted = clock.Elapsed;
        await QuietAsync(strava);
        var calls = strava.ApiCalls - callsBefore;
        Console.WriteLine($"{count} forged webhook events posted in {posted.TotalSeconds:0.0} s: {calls} Strava calls spent, 429s {strava.TooManyRequestsSent}, violations {strava.Violations}");
        Console.WriteLine($"resident memory: {rssBefore} MiB before, {connected.RssMiB} MiB after");
        return 0;
    }

    // Until the double has seen no request for two seconds.
    private static async Task QuietAsync(StravaDouble strava)
    {
        var seen = -1;
        while (strava.Requests.Count != seen)
        {
            seen = strava.Requests.Count;
            await Task.Delay(2000);
        }
    }
}
