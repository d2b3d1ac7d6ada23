using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Races;
using RunnerStrength.Testing;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Tests.CalendarPush;

/// <summary>Issue 6 end to end: the plan in the store, the outbox, and a real CalDAV server.</summary>
public sealed class CalendarPushTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [SkippableTheory]
    [InlineData(CalDavServerKind.Radicale)]
    [InlineData(CalDavServerKind.Xandikos)]
    public async Task PushReplanPush_LeavesExactlyThePlansEvents_OnePerUid(CalDavServerKind kind)
    {
        await using var f = await CalendarPushFixture.StartAsync(kind);
        await f.ReplanAsync();

        var first = await f.SyncAsync();
        var planned = await f.PlannedAsync();
        Assert.Equal(planned, Shown(await f.ServerEventsAsync()));
        Assert.Equal((planned.Count, 0), (first.Delivered, first.Failed));

        // An A race in two weeks changes the coming sessions: moved ones get SEQUENCE + 1, dropped ones go.
        await using (var scope = f.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RaceStore>().AddAsync(1, new Race(Today.AddDays(14), "Winter half", 21.1, RacePriority.A), default);
        }

        await f.ReplanAsync();
        var second = await f.SyncAsync();
        var replanned = await f.PlannedAsync();

        Assert.Equal(replanned, Shown(await f.ServerEventsAsync()));
        Assert.NotEqual(planned, replanned);
        Assert.True(second.Delivered > 0);
        Assert.Equal(0, await f.InStoreAsync(db => db.CalendarOutbox.CountAsync()));
        Assert.Equal(0, (await f.SyncAsync(reconcile: true)).Delivered); // nothing drifted, nothing sent
    }

    [SkippableFact]
    public async Task ServerDown_ChangesWaitInTheOutbox_AndAreDeliveredOnceWhenItIsBack()
    {
        await using var f = await CalendarPushFixture.StartAsync(CalDavServerKind.Radicale);
        await f.ReplanAsync();
        await f.Server.StopAsync();

        var down = await f.SyncAsync();
        var waiting = await f.InStoreAsync(db => db.CalendarOutbox.ToListAsync());
        await f.Server.StartAgainAsync();
        var tooEarly = await f.SyncAsync();
        f.Clock.Advance(TimeSpan.FromMinutes(2));
        var back = await f.SyncAsync();
        var again = await f.SyncAsync(reconcile: true, ignoreBackoff: true);

        Assert.True(down.Failed > 0);
        Assert.Equal(0, down.Delivered);
        Assert.Contains("Connection refused", down.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.All(waiting, w => Assert.Equal(1, w.Attempts));
        Assert.Equal((0, down.Failed), (tooEarly.Delivered, tooEarly.Waiting)); // backing off
        Assert.Equal(down.Failed, back.Delivered);
        Assert.Equal(0, again.Delivered);
        var planned = await f.PlannedAsync();
        Assert.Equal(planned, Shown(await f.ServerEventsAsync()));
    }

    [SkippableFact]
    public async Task HandMovedEvent_IsRespected_AndThePlanKeepsItThere()
    {
        await using var f = await CalendarPushFixture.StartAsync(CalDavServerKind.Radicale);
        await f.ReplanAsync();
        await f.SyncAsync();
        var (resource, original) = (await f.ServerEventsAsync()).First(e => e.Event.LocalStart > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));
        var movedTo = original.LocalStart.Date.AddDays(1).AddHours(7);

        await MoveOnServerAsync(f, resource, movedTo);
        var report = await f.SyncAsync(reconcile: true);

        Assert.Equal(1, report.AthleteChanges);
        var onServer = (await f.ServerEventsAsync()).Single(e => e.Event.Uid == original.Uid);
        Assert.Equal(movedTo, onServer.Event.LocalStart);
        Assert.True(onServer.Event.Sequence > original.Sequence, "our new version (reason: you moved it) went out under the same UID");
        var planned = await f.PlannedAsync();
        Assert.Contains((original.Uid, movedTo, onServer.Event.Sequence), planned);
        Assert.Equal(planned, Shown(await f.ServerEventsAsync()));
        await using var scope = f.Services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        var week = await scope.ServiceProvider.GetRequiredService<WeekView>().PlanOfWeekAsync(athlete, DateOnly.FromDateTime(movedTo), default);
        Assert.StartsWith("you moved this session", week.Sessions.Single(s => s.Uid == original.Uid).Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ConcurrentEdit_GivesA412_WhichIsResolvedByReReadingOnce()
    {
        await using var f = await CalendarPushFixture.StartAsync(CalDavServerKind.Radicale);
        await f.ReplanAsync();
        await f.SyncAsync();
        var (resource, original) = (await f.ServerEventsAsync()).First(e => e.Event.LocalStart > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));
        // Another client retitles it (same time): our stored ETag is now stale.
        await EditOnServerAsync(f, resource, e => e.Summary = "Edited elsewhere");
        await f.InStoreAsync(async db =>
        {
            db.CalendarOutbox.Add(new RunnerStrength.Storage.Publishing.OutboxRow { AthleteId = 1, Provider = "caldav", Uid = original.Uid });
            return await db.SaveChangesAsync();
        });

        var report = await f.SyncAsync();

        Assert.Equal((1, 0, 0), (report.Delivered, report.Failed, report.AthleteChanges));
        var onServer = (await f.ServerEventsAsync()).Single(e => e.Event.Uid == original.Uid);
        Assert.Equal("Kettlebell deadlift 3×8 @ 50 %", Ical.Net.Calendar.Load(onServer.Resource.CalendarData!)!.Events.Single().Summary); // ours again
        Assert.Equal(original.LocalStart, onServer.Event.LocalStart);
    }

    [SkippableFact]
    public async Task HandDeletedEvent_IsNotPushedAgainThatWeek_AndOtherEventsAreNeverTouched()
    {
        await using var f = await CalendarPushFixture.StartAsync(CalDavServerKind.Xandikos);
        await f.ReplanAsync();
        await f.SyncAsync();
        var client = f.AthletesClient();
        var calendar = new Uri(f.Server.Home, "runnerstrength/");
        var dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1@example.org\r\nDTSTAMP:20261128T100000Z\r\nDTSTART:20261202T080000Z\r\nDTEND:20261202T090000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var dentistWrite = await client.CreateAsync(new Uri(calendar, "dentist.ics"), dentist, default);
        var (resource, deleted) = (await f.ServerEventsAsync()).First(e => e.Event.Uid.EndsWith("@runnerstrength", StringComparison.Ordinal) && e.Event.LocalStart > Today.ToDateTime(TimeOnly.MinValue).AddDays(1));
        await client.DeleteAsync(resource.Href, resource.ETag, default);

        var report = await f.SyncAsync(reconcile: true);
        var afterReplan = await f.SyncAsync(reconcile: true, ignoreBackoff: true);

        Assert.Equal(1, report.AthleteChanges);
        Assert.Equal(0, afterReplan.AthleteChanges);
        var server = await f.ServerEventsAsync();
        Assert.DoesNotContain(server, e => e.Event.Uid == deleted.Uid);
        Assert.Equal(dentistWrite.ETag, server.Single(e => e.Event.Uid == "dentist-1@example.org").Resource.ETag);
        Assert.DoesNotContain(await f.PlannedAsync(), p => p.Uid == deleted.Uid);
        Assert.Equal(await f.PlannedAsync(), Shown(server.Where(e => e.Event.Uid != "dentist-1@example.org")));
    }

    [SkippableFact]
    public async Task WrongPassword_IsAClearError_AndNothingIsLost()
    {
        await using var f = await CalendarPushFixture.StartAsync(CalDavServerKind.Radicale, password: "wrong-password");
        await f.ReplanAsync();

        var report = await f.SyncAsync(reconcile: true);

        Assert.Equal(0, report.Delivered);
        Assert.Contains("refused the user name 'alice' and its password (401)", report.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", report.LastError, StringComparison.Ordinal);
        var waiting = await f.InStoreAsync(db => db.CalendarOutbox.ToListAsync());
        Assert.Equal((await f.PlannedAsync()).Count, waiting.Count);
        Assert.All(waiting, w => Assert.Contains("401", w.LastError, StringComparison.Ordinal));
    }

    private static List<(string Uid, DateTime Start, int Sequence)> Shown(IEnumerable<(CalDavResource Resource, ServerEvent Event)> events) =>
        events.Select(e => (e.Event.Uid, e.Event.LocalStart, e.Event.Sequence)).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();

    private static Task MoveOnServerAsync(CalendarPushFixture f, CalDavResource resource, DateTime localStart) =>
        EditOnServerAsync(f, resource, e =>
        {
            var length = e.End!.Subtract(e.Start!);
            e.Start = new CalDateTime(localStart.Year, localStart.Month, localStart.Day, localStart.Hour, localStart.Minute, 0, "Europe/Paris");
            e.End = e.Start.Add(length);
        });

    private static async Task EditOnServerAsync(CalendarPushFixture f, CalDavResource resource, Action<Ical.Net.CalendarComponents.CalendarEvent> edit)
    {
        var calendar = Ical.Net.Calendar.Load(resource.CalendarData!)!;
        edit(calendar.Events.Single());
        var written = await f.AthletesClient().UpdateAsync(resource.Href, new CalendarSerializer().SerializeToString(calendar)!, resource.ETag!, default);
        Assert.True(written.Done);
    }
}
