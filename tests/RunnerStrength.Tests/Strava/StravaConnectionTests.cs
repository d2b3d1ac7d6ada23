using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Strava.Sync;
using RunnerStrength.StravaConnection;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Tests.Strava;

/// <summary>Issue 5: connecting once, tokens that refresh and rotate, and the states that need the athlete.</summary>
public sealed class StravaConnectionTests
{
    private static readonly DateTimeOffset Newest = TimeProvider.System.GetUtcNow().AddHours(-3);

    private static StravaDouble Double(int activities = 30) =>
        new(StravaDoubleActivity.History(activities, Newest), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));

    [Fact]
    public async Task Connect_StoresTheGrantedScopes_AndTheTokensEncrypted()
    {
        await using var f = await StravaFixture.StartAsync(Double());

        var row = await f.InStoreAsync(db => db.StravaConnections.SingleAsync());

        Assert.Equal(("read,activity:read_all,profile:read_all", 777L, (string?)null), (row.Scopes, row.StravaAthleteId, row.DisconnectedReason));
        Assert.DoesNotContain(f.Strava.AccessToken!, row.ProtectedAccessToken, StringComparison.Ordinal);
        Assert.DoesNotContain(f.Strava.RefreshToken!, row.ProtectedRefreshToken, StringComparison.Ordinal);
        Assert.DoesNotContain(f.Strava.RefreshToken!, await File.ReadAllTextAsync(Path.Combine(f.DataPath, "runnerstrength.db")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error=access_denied", "cancelled on its page")]
    [InlineData("code=CODE&scope=read", "without reading activities")]
    [InlineData("scope=read,activity:read_all", "has no 'code'")]
    public async Task Connect_RefusesClearly_WhenTheAthleteDeniesOrUnticksActivities(string query, string expected)
    {
        await using var f = await StravaFixture.StartAsync(Double(), connect: false);
        await using var scope = f.Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<StravaConnector>();
        var authorize = await connector.BeginAsync(StravaConnector.HeadlessRedirect, default);

        var error = await Assert.ThrowsAsync<StravaConnectException>(() => connector.CompleteAsync(StravaFixture.Returned(authorize, query.Replace("CODE", f.Strava.IssueCode(), StringComparison.Ordinal)), default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Null((await scope.ServiceProvider.GetRequiredService<StravaStatus>().RowAsync(default))!.ProtectedAccessToken);
        Assert.Equal(0, f.Strava.TokenCalls);
    }

    [Fact]
    public async Task Connect_RefusesAForeignState_AndACodeUsedTwice()
    {
        await using var f = await StravaFixture.StartAsync(Double(), connect: false);
        await using var scope = f.Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<StravaConnector>();
        var authorize = await connector.BeginAsync(StravaConnector.HeadlessRedirect, default);
        var code = f.Strava.IssueCode();

        var foreign = await Assert.ThrowsAsync<StravaConnectException>(() => connector.CompleteAsync(new Uri($"{StravaConnector.HeadlessRedirect}?state=forged&code={code}&scope=read,activity:read_all"), default));
        await connector.CompleteAsync(StravaFixture.Returned(authorize, $"code={code}&scope=read,activity:read_all"), default);
        var again = await connector.BeginAsync(StravaConnector.HeadlessRedirect, default);
        var reused = await Assert.ThrowsAsync<StravaConnectException>(() => connector.CompleteAsync(StravaFixture.Returned(again, $"code={code}&scope=read,activity:read_all"), default));

        Assert.Contains("does not belong to a connection started here", foreign.Message, StringComparison.Ordinal);
        Assert.Contains("the code was used already or expired", reused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredAccessToken_IsRefreshedOnce_TheRotatedRefreshTokenIsKept_AndTheOldOneIsDead()
    {
        await using var f = await StravaFixture.StartAsync(Double());
        var oldRefresh = f.Strava.RefreshToken!;
        f.Strava.ExpireAccessToken();

        var outcome = await f.SyncAsync(full: true);
        await using var scope = f.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IStravaTokenStore>().LoadAsync(default);
        var reuse = await Assert.ThrowsAsync<ApiException>(() => scope.ServiceProvider.GetRequiredService<IStravaOAuth>().TokenAsync(new Dictionary<string, string>
        {
            ["client_id"] = StravaDouble.ClientId,
            ["client_secret"] = StravaDouble.ClientSecret,
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = oldRefresh,
        }, default));

        Assert.Equal((SyncState.UpToDate, 30), (outcome!.State, (await f.StravaIdsAsync()).Count));
        Assert.Equal(2, f.Strava.TokenCalls - 1); // the code exchange, the refresh, and the refused reuse above
        Assert.Equal((f.Strava.AccessToken, f.Strava.RefreshToken), (stored!.AccessToken, stored.RefreshToken));
        Assert.Equal((System.Net.HttpStatusCode.BadRequest, true), (reuse.StatusCode, reuse.Content?.Contains("\"RefreshToken\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ConcurrentRefreshes_CollapseIntoOne()
    {
        await using var f = await StravaFixture.StartAsync(Double());
        var tokens = f.Services.GetRequiredService<StravaTokens>();
        var stale = f.Strava.AccessToken!;
        var before = f.Strava.TokenCalls;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => tokens.RefreshAsync(stale, default)));

        Assert.Equal(1, f.Strava.TokenCalls - before);
        Assert.Single(results.Select(r => r.AccessToken).Distinct());
        Assert.Equal(f.Strava.AccessToken, results[0].AccessToken);
    }

    [Fact]
    public async Task RevokedRefreshToken_DisconnectsTheAthlete_AndSyncingStops()
    {
        await using var f = await StravaFixture.StartAsync(Double());
        f.Strava.ExpireAccessToken();
        f.Strava.RevokeRefreshToken();

        var outcome = await f.SyncAsync(full: true);
        var callsAfter = f.Strava.Requests.Count;
        var next = await f.SyncAsync(full: true);
        var row = await f.InStoreAsync(db => db.StravaConnections.SingleAsync());

        Assert.Equal(SyncState.Disconnected, outcome!.State);
        Assert.Null(next);
        Assert.Equal(callsAfter, f.Strava.Requests.Count);
        Assert.StartsWith("Strava refused the stored refresh token", row.DisconnectedReason, StringComparison.Ordinal);
        Assert.StartsWith("Strava: disconnected, reconnect:", StravaStatusText.Describe(row, TimeProvider.System), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InactiveApplication_Disconnects_WithTheSubscriptionReason()
    {
        await using var f = await StravaFixture.StartAsync(Double());
        f.Strava.Inactive = true;

        var outcome = await f.SyncAsync(full: false);

        Assert.Equal(SyncState.Disconnected, outcome!.State);
        Assert.Contains("403 Application Inactive", outcome.Problem, StringComparison.Ordinal);
        Assert.Equal(1, f.Strava.ApiCalls); // not retried
        Assert.Empty(await f.StravaIdsAsync());
    }

    [Fact]
    public async Task Disconnect_RevokesAndDeletesStravaData_AndKeepsFitActivities()
    {
        await using var f = await StravaFixture.StartAsync(Double());
        await f.SyncAsync(full: true);
        await using var scope = f.Services.CreateAsyncScope();
        var fit = ActivityBuilder.Run(ActivitySource.Fit, "from-the-watch", Newest.AddDays(-400), TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(39));
        await scope.ServiceProvider.GetRequiredService<ActivityStore>().AddAsync(1, fit, default);

        var deleted = await scope.ServiceProvider.GetRequiredService<StravaConnector>().DisconnectAsync(revoke: true, default);

        Assert.Equal(30, deleted);
        Assert.True(f.Strava.Deauthorized);
        Assert.Empty(await f.StravaIdsAsync());
        Assert.Equal(["from-the-watch"], await f.InStoreAsync(db => db.Activities.Select(a => a.SourceId).ToListAsync()));
        Assert.Equal(0, await f.InStoreAsync(db => db.StravaConnections.CountAsync()));
    }

    [Fact]
    public async Task WebhookSubscription_IsCreatedOnce_ForTheConfiguredCallback()
    {
        await using var f = await StravaFixture.StartAsync(Double(), connect: false);
        var settings = f.Settings();
        settings["RunnerStrength:Strava:Webhook:Enabled"] = "true";
        settings["RunnerStrength:Strava:Webhook:CallbackUrl"] = "https://home.example.org/webhooks/strava";
        settings["RunnerStrength:Strava:Webhook:VerifyToken"] = "our-verify-token";
        await using var services = StoreServices.Create(f.DataPath, settings);
        await using var scope = services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<StravaWebhookJob>();

        await job.EnsureSubscriptionAsync(default);
        await job.EnsureSubscriptionAsync(default);

        Assert.Equal("https://home.example.org/webhooks/strava", f.Strava.SubscriptionCallback);
        Assert.Equal(1, f.Strava.Requests.Count(r => r.StartsWith("POST /api/v3/push_subscriptions", StringComparison.Ordinal)));
        Assert.Equal(131300, scope.ServiceProvider.GetRequiredService<RunnerStrength.StravaConnection.WebhookAllowance>().Subscription); // events naming another are ignored
    }
}
