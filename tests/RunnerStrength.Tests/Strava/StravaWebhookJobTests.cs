using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.StravaConnection;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Strava;

/// <summary>Webhook events are not signed: what they say is done only once Strava's API confirms it.</summary>
public sealed class StravaWebhookJobTests
{
    private static readonly DateTimeOffset Newest = TimeProvider.System.GetUtcNow().AddHours(-3);

    [Fact]
    public async Task ADeletion_IsDoneOnlyOnceTheApiNoLongerHasTheActivity()
    {
        await using var f = await StartSyncedAsync();
        var (kept, gone) = (f.Strava.Activities[0], f.Strava.Activities[1]);
        f.Strava.Activities.Remove(gone);

        await HandleAsync(f, "activity", "delete", kept.Id, deauthorized: false);
        await HandleAsync(f, "activity", "delete", gone.Id, deauthorized: false);

        var stored = await f.StravaIdsAsync();
        Assert.Equal(9, stored.Count);
        Assert.Contains(kept.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), stored);
        Assert.DoesNotContain(gone.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), stored);
    }

    [Fact]
    public async Task ADeauthorization_IsADisconnectOnlyOnceStravaRefusesOurTokens()
    {
        await using var f = await StartSyncedAsync();

        await HandleAsync(f, "athlete", "update", 777, deauthorized: true);
        var afterForged = (await f.StravaIdsAsync()).Count;
        var stillConnected = await f.InStoreAsync(db => db.StravaConnections.CountAsync(c => c.ProtectedAccessToken != null));
        f.Strava.ExpireAccessToken();
        f.Strava.RevokeRefreshToken();
        await HandleAsync(f, "athlete", "update", 777, deauthorized: true);

        Assert.Equal((10, 1), (afterForged, stillConnected));
        Assert.Empty(await f.StravaIdsAsync());
        Assert.Equal(0, await f.InStoreAsync(db => db.StravaConnections.CountAsync()));
    }

    [Fact]
    public async Task EventsWaitInTheStore_MergedPerActivity_AndARestartLosesNone()
    {
        await using var f = await StartSyncedAsync();
        var added = new StravaDoubleActivity(9_100_000_001, Newest.AddMinutes(30), "Run", 0, 2700, 9000, "Lunch run");
        f.Strava.Activities.Add(added);
        var posted = new RunnerStrength.Strava.Api.StravaWebhookEvent { ObjectType = "activity", ObjectId = added.Id, AspectType = "create", OwnerId = 777, SubscriptionId = 131300 };

        bool first, second;
        await using (var scope = f.Services.CreateAsyncScope())
        {
            var inbox = scope.ServiceProvider.GetRequiredService<WebhookInbox>();
            first = await inbox.RecordAsync(1, posted, default);
            second = await inbox.RecordAsync(1, posted with { AspectType = "update" }, default);
        }

        await f.RestartAsync(); // the service stopped before the job ran
        var waiting = await f.InStoreAsync(db => db.StravaWebhookEvents.Select(e => new { e.ObjectId, e.AspectType }).ToListAsync());
        await using (var scope = f.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StravaWebhookJob>().ResumePendingAsync(default);
        }

        Assert.Equal((true, false), (first, second)); // one job for the activity however often it is posted
        Assert.Equal([new { ObjectId = added.Id, AspectType = "update" }], waiting);
        Assert.Contains(added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await f.StravaIdsAsync());
        Assert.Equal(0, await f.InStoreAsync(db => db.StravaWebhookEvents.CountAsync()));
    }

    private static async Task<StravaFixture> StartSyncedAsync()
    {
        var f = await StravaFixture.StartAsync(new StravaDouble(StravaDoubleActivity.History(10, Newest), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10)));
        await f.SyncAsync(full: true);
        return f;
    }

    private static async Task HandleAsync(StravaFixture f, string objectType, string aspectType, long objectId, bool deauthorized)
    {
        await using var scope = f.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StravaWebhookJob>().HandleAsync(objectType, aspectType, objectId, deauthorized, default);
    }
}
