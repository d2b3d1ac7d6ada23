using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Web;

/// <summary>Connecting Strava in the browser and Strava's webhook, on the hosted service with its job server, against the double.</summary>
[Collection(HostedService.Collection)]
public sealed class StravaEndpointsTests : IDisposable
{
    private const string VerifyToken = "our-verify-token";
    private const string Password = "correct horse battery staple";
    private readonly StravaDouble _strava = new(StravaDoubleActivity.History(40, TimeProvider.System.GetUtcNow().AddHours(-3)), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));
    private readonly HostedService _service;

    public StravaEndpointsTests()
    {
        var settings = _strava.Settings();
        settings["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris";
        settings["RunnerStrength:Strava:Webhook:Enabled"] = "true";
        settings["RunnerStrength:Strava:Webhook:CallbackUrl"] = "https://home.example.org/webhooks/strava";
        settings["RunnerStrength:Strava:Webhook:VerifyToken"] = VerifyToken;
        settings["RunnerStrength:Web:AdminPassword"] = Password; // required with webhooks on
        _service = new(settings);
    }

    public void Dispose()
    {
        _service.Dispose();
        _strava.Dispose();
    }

    private HttpClient LoggedIn()
    {
        var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", Password)])).GetAwaiter().GetResult();
        return client;
    }

    private async Task ConnectInTheBrowserAsync(HttpClient client)
    {
        using var start = await client.GetAsync(new Uri("/connect/strava", UriKind.Relative));
        var authorize = start.Headers.Location!;
        var state = authorize.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == "state")[1];
        using var back = await client.GetAsync(new Uri($"/connect/strava/callback?state={state}&code={_strava.IssueCode()}&scope=read,activity:read_all,profile:read_all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(_strava.AuthorizeUrl + "?client_id=4242&redirect_uri=http%3A%2F%2F127.0.0.1%3A5080%2Fconnect%2Fstrava%2Fcallback", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("scope=read,activity:read_all,profile:read_all", authorize.Query, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/?strava=connected"), (back.StatusCode, back.Headers.Location?.OriginalString));
    }

    private async Task<int> EventuallyAsync(Func<RunnerStrengthDbContext, Task<int>> count, int expected)
    {
        var value = -1;
        for (var i = 0; i < 150 && value != expected; i++)
        {
            await using var scope = _service.Factory.Services.CreateAsyncScope();
            value = await count(scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>());
            if (value != expected)
            {
                await Task.Delay(100);
            }
        }

        return value;
    }

    [Fact]
    public async Task BrowserConnect_ChecksTheState_ThenTheSyncJobFetchesTheActivities()
    {
        using var client = LoggedIn();
        using var forged = await client.GetAsync(new Uri($"/connect/strava/callback?state=forged&code={_strava.IssueCode()}&scope=read,activity:read_all", UriKind.Relative));

        await ConnectInTheBrowserAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("does not belong to a connection started here", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40));
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
        Assert.StartsWith("Strava: connected (athlete 777", health.RootElement.GetProperty("strava").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_AnswersTheHandshake_AndTurnsEventsIntoJobs()
    {
        using var client = LoggedIn();
        await ConnectInTheBrowserAsync(client);
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40));

        using var handshake = await client.GetAsync(new Uri($"/webhooks/strava?hub.mode=subscribe&hub.challenge=15f7d1a91c1f40f8a748fd134752feb3&hub.verify_token={VerifyToken}", UriKind.Relative));
        using var wrongToken = await client.GetAsync(new Uri("/webhooks/strava?hub.mode=subscribe&hub.challenge=x&hub.verify_token=guess", UriKind.Relative));
        await using (var scope = _service.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<global::RunnerStrength.StravaConnection.StravaWebhookJob>().EnsureSubscriptionAsync(default); // as at start, 10 s in
        }

        var added = new StravaDoubleActivity(1_234_567, TimeProvider.System.GetUtcNow().AddHours(-1), "Run", 3, 2700, 9000, "Track 6x800");
        _strava.Activities.Add(added);
        using var otherSubscription = await client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "activity", object_id = added.Id, aspect_type = "create", owner_id = 777, subscription_id = 999, event_time = 1, updates = new { } });
        await Task.Delay(1500);
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40)); // an event for another subscription is ignored
        using var create = await client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "activity", object_id = added.Id, aspect_type = "create", owner_id = 777, subscription_id = 131300, event_time = 1, updates = new { } });
        using var stranger = await client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "activity", object_id = 99, aspect_type = "create", owner_id = 555, subscription_id = 131300, event_time = 1, updates = new { } });

        Assert.Equal(HttpStatusCode.OK, handshake.StatusCode);
        Assert.Equal("{\"hub.challenge\":\"15f7d1a91c1f40f8a748fd134752feb3\"}", await handshake.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (create.StatusCode, stranger.StatusCode));
        Assert.Equal(41, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 41));

        _strava.Activities.Remove(added); // deleted on Strava: the job checks before it deletes
        using var delete = await client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "activity", object_id = added.Id, aspect_type = "delete", owner_id = 777, subscription_id = 131300, event_time = 2, updates = new { } });
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40));

        _strava.ExpireAccessToken(); // revoked on strava.com: neither token works any more
        _strava.RevokeRefreshToken();
        using var deauthorize = await client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative), new { object_type = "athlete", object_id = 777, aspect_type = "update", owner_id = 777, subscription_id = 131300, event_time = 3, updates = new { authorized = "false" } });
        Assert.Equal(0, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 0));
        Assert.Equal(0, await EventuallyAsync(db => db.StravaConnections.CountAsync(), 0));
    }

    [Fact]
    public async Task AFloodOfForgedEvents_CostsAHandfulOfCalls_AndStoresNothing()
    {
        using var client = LoggedIn();
        await ConnectInTheBrowserAsync(client);
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40));
        // Webhook fetches only: the history's laps come in with spare calls alongside.
        static bool IsFetch(string r) => r.Contains("/api/v3/activities/", StringComparison.Ordinal) && !r.EndsWith("/laps", StringComparison.Ordinal);
        var before = _strava.Requests.Count(IsFetch);

        // The owner id is public (an athlete's profile shows it); the activity ids are made up, or one real id posted over and over.
        var real = _strava.Activities[0].Id;
        var posts = Enumerable.Range(0, 300).Select(i => client.PostAsJsonAsync(new Uri("/webhooks/strava", UriKind.Relative),
            new { object_type = "activity", object_id = i % 3 == 0 ? real : 90_000_000L + i, aspect_type = "update", owner_id = 777, subscription_id = 131300, event_time = i, updates = new { } }));
        var answers = await Task.WhenAll(posts);
        await QuietAsync();

        var fetches = _strava.Requests.Where(IsFetch).Skip(before).ToList();
        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
        Assert.InRange(fetches.Count, 1, 2 * global::RunnerStrength.StravaConnection.WebhookAllowance.FetchesPerWindow); // at most a window's share (two windows if the flood spans one's end)
        Assert.True(fetches.Count(f => f.EndsWith($"/{real}", StringComparison.Ordinal)) <= 2, "the real activity, posted 100 times, is fetched once while its job waits");
        Assert.Equal(40, await EventuallyAsync(db => db.Activities.CountAsync(a => a.Source == "strava"), 40));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    // Until the double has seen no request for a second: the webhook jobs have drained.
    private async Task QuietAsync()
    {
        var seen = -1;
        for (var i = 0; i < 100 && _strava.Requests.Count != seen; i++)
        {
            seen = _strava.Requests.Count;
            await Task.Delay(1000);
        }
    }
}
