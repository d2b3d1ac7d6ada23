using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Testing.Calendars;

namespace RunnerStrength.Tests.CalendarPush;

/// <summary>Issue 13: Google and Outlook misbehaving as they do (lost answers, reused ids, stale sync tokens, expired and refused tokens, rate limits, 5xx, paging, a deleted calendar), and connecting.</summary>
public sealed class ProviderFaultTests
{
    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task CreateWhoseAnswerWasLost_IsTakenOver_NeverASecondEvent(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var uid = f.Shown()[0].Uid;
        // The event was made but our record of it was lost (the answer never came back): the outbox sends it again.
        await f.InStoreAsync(async db =>
        {
            db.PushedEvents.Remove(await db.PushedEvents.SingleAsync(p => p.Provider == f.Name && p.Uid == uid));
            db.CalendarOutbox.Add(new OutboxRow { AthleteId = 1, Provider = f.Name, Uid = uid });
            return await db.SaveChangesAsync();
        });

        var report = await f.SyncAsync();

        Assert.Equal((1, 0), (report.Delivered, report.Failed));
        Assert.Single(f.Shown(), e => e.Uid == uid);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
        if (kind == ProviderKind.Google)
        {
            Assert.Contains(f.Double.Requests, r => r.StartsWith("POST /calendar/v3/calendars/", StringComparison.Ordinal)); // answered 409 …
            Assert.Contains(f.Double.Requests, r => r.StartsWith("PUT /calendar/v3/calendars/", StringComparison.Ordinal)); // … and taken over
        }
    }

    [Fact]
    public async Task Google_ASessionDroppedThenPlannedAgain_RevivesItsCancelledEvent_UnderTheSameId()
    {
        await using var f = await ProviderFixture.StartAsync(ProviderKind.Google);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var (uid, id) = f.Ids().First();
        await SetCancelledAsync(f, uid, cancelled: true);
        await f.SyncAsync();
        Assert.DoesNotContain(f.Shown(), e => e.Uid == uid); // deleted: Google keeps it as cancelled under its id

        await SetCancelledAsync(f, uid, cancelled: false);
        var report = await f.SyncAsync();

        Assert.Equal((1, 0), (report.Delivered, report.Failed));
        Assert.Equal(id, f.Ids()[uid]);
        Assert.Single(f.Google.AllEvents(), e => e.Uid == uid);
    }

    [Fact]
    public async Task Google_AStaleSyncToken_Answers410_AndAFullListingStillFindsTheHandMove()
    {
        await using var f = await ProviderFixture.StartAsync(ProviderKind.Google);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync(reconcile: true);
        await f.SyncAsync(reconcile: true); // now incremental, from the stored token
        var moved = f.Shown().Last();
        f.Google.ExpireSyncTokens();
        f.MoveByHand(moved.Uid, moved.Start.AddHours(2));

        var report = await f.SyncAsync(reconcile: true);

        Assert.Equal(1, report.AthleteChanges);
        Assert.Equal(moved.Start.AddHours(2), f.Shown().Single(e => e.Uid == moved.Uid).Start);
        Assert.Contains(f.Double.Requests, r => r.Contains("syncToken=", StringComparison.Ordinal));
        Assert.NotNull(await f.InStoreAsync(db => db.CalendarAccounts.Where(a => a.Provider == "google").Select(a => a.SyncToken).SingleAsync()));
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task AnExpiredAccessToken_Answers401_IsRefreshedOnce_AndTheChangeGoesThrough(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        var before = f.Double.TokenCalls;
        f.Double.ExpireAccessTokens();

        var report = await f.SyncAsync();

        Assert.Equal(0, report.Failed);
        Assert.True(report.Delivered > 0);
        Assert.Equal(before + 1, f.Double.TokenCalls);
        Assert.True((await f.StatusAsync()).Connected);
    }

    [Theory]
    [InlineData(ProviderKind.Google, "7 days")]
    [InlineData(ProviderKind.Microsoft, "90 days")]
    public async Task ARefusedRefreshToken_IsInvalidGrant_AndDisconnects_WithWhatToDo(ProviderKind kind, string hint)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        f.Double.RefreshRefused = true;
        f.Double.ExpireAccessTokens();

        var refused = await f.SyncAsync();
        var requests = f.Double.Requests.Count;
        f.Clock.Advance(TimeSpan.FromHours(1));
        var later = await f.SyncAsync();
        var status = await f.StatusAsync();

        Assert.Equal(0, refused.Delivered);
        Assert.Contains("invalid_grant", refused.LastError, StringComparison.Ordinal);
        Assert.Equal((0, requests), (later.Delivered, f.Double.Requests.Count)); // nothing is sent until the athlete reconnects
        Assert.False(status.Connected);
        Assert.Contains("disconnected: reconnect", status.Describe(), StringComparison.Ordinal);
        Assert.Contains(hint, status.DisconnectedReason, StringComparison.Ordinal);
        Assert.True(await f.InStoreAsync(db => db.CalendarOutbox.CountAsync(o => o.Provider == f.Name)) > 0); // kept for after the reconnection

        f.Double.RefreshRefused = false;
        await f.ConnectAsync();
        var reconnected = await f.SyncAsync(); // what waited goes at once, not after its backoff
        Assert.True(reconnected.Delivered > 0);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    [Theory]
    [InlineData(ProviderKind.Google, 403)]
    [InlineData(ProviderKind.Google, 429)]
    [InlineData(ProviderKind.Microsoft, 429)]
    public async Task ARateLimit_IsWaitedOut_AsLongAsAsked_WithoutARequestInBetween(ProviderKind kind, int status)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        f.Double.RateLimit(retryAfterSeconds: 600, status);

        var limited = await f.SyncAsync();
        var waiting = await f.InStoreAsync(db => db.CalendarOutbox.ToListAsync());
        f.Clock.Advance(TimeSpan.FromMinutes(5));
        var early = await f.SyncAsync();
        f.Clock.Advance(TimeSpan.FromMinutes(6));
        var after = await f.SyncAsync();

        Assert.Equal(0, limited.Delivered);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), limited.LastError, StringComparison.Ordinal);
        Assert.All(waiting, w => Assert.True(w.NextAttemptAt >= f.Clock.GetUtcNow().AddMinutes(-11).AddSeconds(600)));
        Assert.Equal(0, early.Delivered);
        Assert.True(after.Delivered > 0);
        Assert.Equal(0, f.Double.Violations);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task A5xxBurst_IsRetriedWithBackoff_AndDeliveredInTheSameRound(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync(reconcile: true); // makes the calendar first
        await f.InStoreAsync(async db =>
        {
            foreach (var uid in f.Ids().Keys)
            {
                db.CalendarOutbox.Add(new OutboxRow { AthleteId = 1, Provider = f.Name, Uid = uid });
            }

            return await db.SaveChangesAsync();
        });
        f.Double.Fail(503, times: 2);

        var report = await f.SyncAsync();

        Assert.Equal(0, report.Failed);
        Assert.Equal(f.Ids().Count, report.Delivered);
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task ListingsThatPage_AreReadToTheEnd(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        if (kind == ProviderKind.Google)
        {
            f.Google.PageSize = 2;
        }
        else
        {
            f.Graph.PageSize = 2;
        }

        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        Assert.True(f.Shown().Count > 2);
        var deleted = f.Shown().Last();
        f.DeleteByHand(deleted.Uid);

        var report = await f.SyncAsync(reconcile: true);

        Assert.Equal(1, report.AthleteChanges);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task OurCalendarDeletedByTheAthlete_IsMadeAgain_AndTheSessionsReturn_NotAsTheirDeletions(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        f.DeleteCalendarByHand();

        var noticed = await f.SyncAsync(reconcile: true);

        // The coming sessions go to the new calendar in the same round; the days already past with the next reconcile.
        Assert.Equal(0, noticed.AthleteChanges);
        Assert.Equal((await f.PlannedAsync()).Count(p => p.Start.Date >= new DateTime(2026, 11, 29)), noticed.Delivered);
        Assert.Equal(2, kind == ProviderKind.Google ? f.Google.CalendarsMade : f.Graph.CalendarsMade);
        await f.SyncAsync(reconcile: true);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
        Assert.Equal(0, await f.InStoreAsync(db => db.PushedEvents.CountAsync(p => p.AthleteDeleted)));
        Assert.Contains("made again", (await f.StatusAsync()).Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneProviderDown_NeverHoldsTheOtherBack()
    {
        using var graph = new GraphCalendarDouble();
        await using var f = await ProviderFixture.StartAsync(ProviderKind.Google, more: graph.Settings());
        await f.ConnectAsync();
        await using (var scope = f.Services.CreateAsyncScope())
        {
            var connector = scope.ServiceProvider.GetRequiredService<CalendarConnector>();
            var authorize = await connector.BeginAsync("microsoft", CalendarConnector.Callback(new Uri("http://127.0.0.1:5080"), "microsoft"), default);
            await connector.CompleteAsync("microsoft", await ProviderFixture.FollowAuthorizeAsync(authorize), default);
        }

        await f.ReplanAsync();
        f.Double.Stop();

        var report = await f.SyncAsync();

        Assert.Equal(0, report.ByProvider["google"].Delivered);
        Assert.True(report.ByProvider["google"].Failed > 0);
        Assert.Equal((await f.PlannedAsync()).Count, report.ByProvider["microsoft"].Delivered);
        Assert.Equal((await f.PlannedAsync()).Select(p => p.Uid), graph.OurEvents().Select(e => e.Uid!));
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task Connecting_AsksForTheNarrowScope_KeepsTokensEncrypted_AndAStateIsSingleUse(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await using var scope = f.Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<CalendarConnector>();
        var authorize = await connector.BeginAsync(f.Name, CalendarConnector.Callback(new Uri("http://127.0.0.1:5080"), f.Name), default);
        var returned = await ProviderFixture.FollowAuthorizeAsync(authorize);

        await connector.CompleteAsync(f.Name, returned, default);
        var replay = await Assert.ThrowsAsync<CalendarConnectException>(() => connector.CompleteAsync(f.Name, returned, default));

        Assert.Contains("start again", replay.Message, StringComparison.Ordinal);
        if (kind == ProviderKind.Google)
        {
            Assert.Equal("https://www.googleapis.com/auth/calendar.app.created", f.Double.AskedScope);
            Assert.Equal(("offline", "consent"), (f.Double.LastAuthorize["access_type"], f.Double.LastAuthorize["prompt"]));
        }
        else
        {
            Assert.Equal("Calendars.ReadWrite offline_access", f.Double.AskedScope);
            Assert.Equal("S256", f.Double.LastAuthorize["code_challenge_method"]); // the double checks the verifier against it
        }

        Assert.Equal("http://127.0.0.1:5080/connect/" + f.Name + "/callback", f.Double.LastAuthorize["redirect_uri"]);
        await f.ReplanAsync();
        await f.SyncAsync();
        var database = await File.ReadAllBytesAsync(Path.Combine(await f.InStoreAsync(db => Task.FromResult(Path.GetDirectoryName(db.Database.GetDbConnection().DataSource)!)), "runnerstrength.db"));
        var text = System.Text.Encoding.UTF8.GetString(database);
        Assert.All(f.Double.IssuedTokens, token => Assert.DoesNotContain(token, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsentRefused_SaysSo_AndConnectsNothing()
    {
        await using var f = await ProviderFixture.StartAsync(ProviderKind.Google);
        f.Double.DenyConsent = true;

        var refused = await Assert.ThrowsAsync<CalendarConnectException>(f.ConnectAsync);

        Assert.Contains("access was not allowed", refused.Message, StringComparison.Ordinal);
        Assert.False((await f.StatusAsync()).Connected);
    }

    [Fact]
    public async Task Disconnecting_RevokesAtGoogle_AndStopsTheDelivery_KeepingTheCalendarForAReconnection()
    {
        await using var f = await ProviderFixture.StartAsync(ProviderKind.Google);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var requests = f.Double.Requests.Count;

        await using (var scope = f.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CalendarConnector>().DisconnectAsync("google", default));
        }

        await f.ReplanAsync();
        var after = await f.SyncAsync(reconcile: true);
        Assert.Equal(1, f.Double.Revocations);
        Assert.Equal(requests + 1, f.Double.Requests.Count); // the revocation, nothing else
        Assert.Equal(0, after.Delivered);
        Assert.Equal("Disconnected by you.", (await f.StatusAsync()).DisconnectedReason);

        await f.ConnectAsync();
        await f.SyncAsync(reconcile: true);
        Assert.Equal(1, f.Google.CalendarsMade); // the same calendar again, not a second one
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    private static Task<int> SetCancelledAsync(ProviderFixture f, string uid, bool cancelled) => f.InStoreAsync(async db =>
    {
        var row = await db.PublishedEvents.SingleAsync(p => p.Uid == uid);
        (row.Cancelled, row.Sequence) = (cancelled, row.Sequence + 1);
        db.CalendarOutbox.Add(new OutboxRow { AthleteId = 1, Provider = f.Name, Uid = uid });
        return await db.SaveChangesAsync();
    });
}
