using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Tests.CalendarPush;

/// <summary>
/// Issue 13: every scenario the CalDAV push is tested on (create, move under the same id, cancel, down then up,
/// hand move, hand delete, concurrent edit, a DST week), for Google Calendar and for Outlook, through the one
/// delivery engine against doubles that answer as those services do.
/// </summary>
public sealed class ProviderPushTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task PushReplanPush_LeavesExactlyThePlansEvents_OnePerUid_UnderTheSameIds(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();

        var first = await f.SyncAsync();
        var planned = await f.PlannedAsync();
        var ids = f.Ids();
        Assert.Equal(planned, f.Shown());
        Assert.Equal((planned.Count, 0), (first.Delivered, first.Failed));

        // An A race in two weeks changes the coming sessions: moved ones are updated in place, dropped ones deleted.
        await using (var scope = f.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RaceStore>().AddAsync(1, new Race(Today.AddDays(14), "Winter half", 21.1, RacePriority.A), default);
        }

        await f.ReplanAsync();
        var second = await f.SyncAsync();
        var replanned = await f.PlannedAsync();

        Assert.NotEqual(planned, replanned);
        Assert.Equal(replanned, f.Shown());
        Assert.True(second.Delivered > 0);
        Assert.All(f.Ids().Where(i => ids.ContainsKey(i.Key)), i => Assert.Equal(ids[i.Key], i.Value)); // moved, never re-created
        Assert.Equal(0, await f.InStoreAsync(db => db.CalendarOutbox.CountAsync()));
        Assert.Equal(0, (await f.SyncAsync(reconcile: true)).Delivered); // nothing drifted, nothing sent
        Assert.Equal(0, f.Double.Violations);
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task ProviderDown_ChangesWaitInTheOutbox_AndAreDeliveredOnceWhenItIsBack(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        f.Double.Stop();

        var down = await f.SyncAsync();
        var waiting = await f.InStoreAsync(db => db.CalendarOutbox.ToListAsync());
        f.Double.StartAgain();
        var tooEarly = await f.SyncAsync();
        f.Clock.Advance(TimeSpan.FromMinutes(2));
        var back = await f.SyncAsync();
        var again = await f.SyncAsync(reconcile: true, ignoreBackoff: true);

        Assert.True(down.Failed > 0);
        Assert.Equal(0, down.Delivered);
        Assert.Contains("did not answer", down.LastError, StringComparison.Ordinal);
        Assert.All(waiting, w => Assert.Equal((1, f.Name), (w.Attempts, w.Provider)));
        Assert.Equal((0, down.Failed), (tooEarly.Delivered, tooEarly.Waiting)); // backing off
        Assert.Equal(down.Failed, back.Delivered);
        Assert.Equal(0, again.Delivered);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task HandMovedEvent_IsRespected_AndThePlanKeepsItThere(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var original = f.Shown().First(e => e.Start > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));
        var movedTo = original.Start.Date.AddDays(1).AddHours(7);

        f.MoveByHand(original.Uid, movedTo);
        var report = await f.SyncAsync(reconcile: true);

        Assert.Equal(1, report.AthleteChanges);
        var shown = f.Shown().Single(e => e.Uid == original.Uid);
        Assert.Equal(movedTo, shown.Start);
        Assert.True(shown.Sequence > original.Sequence, "our new version (reason: you moved it) went out under the same id");
        var planned = await f.PlannedAsync();
        Assert.Contains((original.Uid, movedTo, shown.Sequence), planned);
        Assert.Equal(planned, f.Shown());
        await using var scope = f.Services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        var week = await scope.ServiceProvider.GetRequiredService<WeekView>().PlanOfWeekAsync(athlete, DateOnly.FromDateTime(movedTo), default);
        Assert.StartsWith("you moved this session", week.Sessions.Single(s => s.Uid == original.Uid).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task ConcurrentEdit_GivesA412_WhichIsResolvedByReReadingOnce(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var original = f.Shown().First(e => e.Start > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));
        f.RetitleByHand(original.Uid, "Edited elsewhere"); // same time: only the etag changes under us
        await f.InStoreAsync(async db =>
        {
            db.CalendarOutbox.Add(new OutboxRow { AthleteId = 1, Provider = f.Name, Uid = original.Uid });
            return await db.SaveChangesAsync();
        });

        var report = await f.SyncAsync();

        Assert.Equal((1, 0, 0), (report.Delivered, report.Failed, report.AthleteChanges));
        Assert.Equal("Kettlebell deadlift 3×8 @ 50 %", f.Title(original.Uid)); // ours again
        Assert.Equal(original.Start, f.Shown().Single(e => e.Uid == original.Uid).Start);
        Assert.Contains(f.Double.Requests, r => r.StartsWith(kind == ProviderKind.Google ? "PUT " : "PATCH ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task HandDeletedEvent_IsNotPushedAgainThatWeek(ProviderKind kind)
    {
        await using var f = await ProviderFixture.StartAsync(kind);
        await f.ConnectAsync();
        await f.ReplanAsync();
        await f.SyncAsync();
        var deleted = f.Shown().First(e => e.Start > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));

        f.DeleteByHand(deleted.Uid);
        var report = await f.SyncAsync(reconcile: true);
        var afterReplan = await f.SyncAsync(reconcile: true, ignoreBackoff: true);

        Assert.Equal(1, report.AthleteChanges);
        Assert.Equal(0, afterReplan.AthleteChanges);
        Assert.DoesNotContain(f.Shown(), e => e.Uid == deleted.Uid);
        Assert.DoesNotContain(await f.PlannedAsync(), p => p.Uid == deleted.Uid);
        Assert.Equal(await f.PlannedAsync(), f.Shown());
    }

    [Theory]
    [InlineData(ProviderKind.Google)]
    [InlineData(ProviderKind.Microsoft)]
    public async Task DaylightSavingWeek_EverySessionStartsAtItsLocalTime(ProviderKind kind)
    {
        // Europe/Paris moves to summer time on Sunday 28 March 2027: the week spans +01:00 and +02:00.
        await using var f = await ProviderFixture.StartAsync(kind, new DateTimeOffset(2027, 3, 22, 6, 0, 0, TimeSpan.Zero));
        await f.ConnectAsync();
        await f.ReplanAsync();

        await f.SyncAsync();

        var planned = await f.PlannedAsync();
        Assert.Contains(planned, p => p.Start < new DateTime(2027, 3, 28));
        Assert.Contains(planned, p => p.Start > new DateTime(2027, 3, 29));
        Assert.Equal(planned, f.Shown());
        var instants = kind == ProviderKind.Google
            ? f.Google.OurEvents().Select(e => (e.Uid!, e.Start.UtcDateTime)).ToList()
            : f.Graph.OurEvents().Select(e => (e.Uid!, e.Start.UtcDateTime)).ToList();
        foreach (var (uid, utc) in instants)
        {
            var local = planned.Single(p => p.Uid == uid).Start;
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(local, ProviderFixture.Paris), utc);
        }
    }
}
