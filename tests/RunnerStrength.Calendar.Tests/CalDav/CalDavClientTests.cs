using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Testing;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Calendar.Tests.CalDav;

/// <summary>The CalDAV requests against two real servers: Radicale (htpasswd) and Xandikos.</summary>
public sealed class CalDavClientTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly CalendarRenderOptions Options = new("Europe/Berlin");

    internal static PlannedSession Session(string uid, DateOnly date, TimeOnly start) =>
        new(uid, date, start, new Prescription("hex_bar_deadlift", [new PrescribedSet(4, 80, 96, false)], true, TimeSpan.FromMinutes(45), "4x4 @ 96 kg"), "Thursday before a rest day");

    private static string Event(string uid, DateOnly date, int sequence = 0) =>
        IcsRenderer.RenderEvent(new CalendarEntry(Session(uid, date, new TimeOnly(18, 0)), sequence), Options, Stamp);

    internal static CalDavClient Client(CalDavServer server, Uri? url = null, string? password = CalDavServer.Password) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(url ?? server.Root, server.Username, server.Username is null ? null : password));

    [SkippableTheory]
    [InlineData(CalDavServerKind.Radicale)]
    [InlineData(CalDavServerKind.Xandikos)]
    public async Task FindCalendar_FromTheServerRoot_CreatesOurCalendarOnce_InTheHome(CalDavServerKind kind)
    {
        await using var server = await CalDavServer.StartAsync(kind);

        var first = await Client(server).FindCalendarAsync(default);
        var again = await Client(server).FindCalendarAsync(default);
        var direct = await Client(server, first).FindCalendarAsync(default);

        Assert.Equal(new Uri(server.Home, "runnerstrength/"), first);
        Assert.Equal(first, again);
        Assert.Equal(first, direct);
    }

    [SkippableTheory]
    [InlineData(CalDavServerKind.Radicale)]
    [InlineData(CalDavServerKind.Xandikos)]
    public async Task ConditionalWrites_CreateUpdateDelete_AsCalendarMdDescribes(CalDavServerKind kind)
    {
        await using var server = await CalDavServer.StartAsync(kind);
        var client = Client(server);
        var calendar = await client.FindCalendarAsync(default);
        var href = new Uri(calendar, "rs-1.ics");
        var thursday = new DateOnly(2026, 12, 3);

        var created = await client.CreateAsync(href, Event("rs-1@runnerstrength", thursday), default);
        var createdAgain = await client.CreateAsync(href, Event("rs-1@runnerstrength", thursday), default);
        var updated = await client.UpdateAsync(href, Event("rs-1@runnerstrength", thursday.AddDays(1), sequence: 1), created.ETag!, default);
        var stale = await client.UpdateAsync(href, Event("rs-1@runnerstrength", thursday, sequence: 2), created.ETag!, default);
        var read = await client.GetAsync(href, default);

        Assert.Equal((CalDavWriteOutcome.Done, true), (created.Outcome, created.ETag is not null));
        Assert.Equal(CalDavWriteOutcome.PreconditionFailed, createdAgain.Outcome);
        Assert.Equal(CalDavWriteOutcome.Done, updated.Outcome);
        Assert.NotEqual(created.ETag, updated.ETag);
        Assert.Equal(CalDavWriteOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(updated.ETag, read!.ETag);
        Assert.Equal(new ServerEvent("rs-1@runnerstrength", new DateTime(2026, 12, 4, 18, 0, 0), 1), ServerEvent.Read(read.CalendarData!, Berlin));

        Assert.Equal(CalDavWriteOutcome.PreconditionFailed, (await client.DeleteAsync(href, created.ETag, default)).Outcome);
        Assert.Equal(CalDavWriteOutcome.Done, (await client.DeleteAsync(href, updated.ETag, default)).Outcome);
        Assert.Equal(CalDavWriteOutcome.Done, (await client.DeleteAsync(href, updated.ETag, default)).Outcome); // 404: already gone
        Assert.Null(await client.GetAsync(href, default));
    }

    [SkippableTheory]
    [InlineData(CalDavServerKind.Radicale)]
    [InlineData(CalDavServerKind.Xandikos)]
    public async Task Query_FindsTheEventsOfTheWindow(CalDavServerKind kind)
    {
        await using var server = await CalDavServer.StartAsync(kind);
        var client = Client(server);
        var calendar = await client.FindCalendarAsync(default);
        var thursday = new DateOnly(2026, 12, 3);
        await client.CreateAsync(new Uri(calendar, "rs-1.ics"), Event("rs-1@runnerstrength", thursday), default);
        await client.CreateAsync(new Uri(calendar, "rs-2.ics"), Event("rs-2@runnerstrength", thursday.AddDays(2)), default);
        await client.CreateAsync(new Uri(calendar, "dentist.ics"), Event("dentist-7f3a@example.org", thursday), default);

        await client.CreateAsync(new Uri(calendar, "rs-0.ics"), Event("rs-0@runnerstrength", thursday.AddDays(-14)), default);

        var week = await client.QueryAsync(calendar, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero), default);

        Assert.Equal(["dentist-7f3a@example.org", "rs-1@runnerstrength", "rs-2@runnerstrength"], week.Select(r => ServerEvent.Read(r.CalendarData!, Berlin)!.Uid).Order());
        Assert.All(week, r => Assert.NotNull(r.ETag));
    }

    [SkippableFact]
    public async Task WrongPassword_IsOneSentenceNamingTheSettings_WithoutThePassword()
    {
        await using var server = await CalDavServer.StartAsync(CalDavServerKind.Radicale);

        var error = await Assert.ThrowsAsync<CalDavException>(() => Client(server, password: "not-the-password").FindCalendarAsync(default));

        Assert.True(error.IsAuthentication);
        Assert.Contains("refused the user name 'alice'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calendar:CalDav:Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(CalDavServerKind.Radicale)]
    [InlineData(CalDavServerKind.Xandikos)]
    public async Task DaylightSavingWeek_KeepsTheLocalTime_AndShiftsTheInstant(CalDavServerKind kind)
    {
        await using var server = await CalDavServer.StartAsync(kind);
        var client = Client(server);
        var calendar = await client.FindCalendarAsync(default);
        // Berlin moves its clocks forward in the night to Sunday 29 March 2026.
        var (friday, sunday) = (new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 29));
        await client.CreateAsync(new Uri(calendar, "rs-fri.ics"), Event("rs-fri@runnerstrength", friday), default);
        await client.CreateAsync(new Uri(calendar, "rs-sun.ics"), Event("rs-sun@runnerstrength", sunday), default);

        var before = Ical.Net.Calendar.Load((await client.GetAsync(new Uri(calendar, "rs-fri.ics"), default))!.CalendarData!)!.Events.Single();
        var after = Ical.Net.Calendar.Load((await client.GetAsync(new Uri(calendar, "rs-sun.ics"), default))!.CalendarData!)!.Events.Single();

        Assert.Equal(("Europe/Berlin", 18), (before.Start!.TzId, before.Start.Hour));
        Assert.Equal(("Europe/Berlin", 18), (after.Start!.TzId, after.Start.Hour));
        Assert.Equal(new DateTime(2026, 3, 27, 17, 0, 0, DateTimeKind.Utc), before.Start.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 29, 16, 0, 0, DateTimeKind.Utc), after.Start.AsUtc);
        Assert.Equal(TimeSpan.FromMinutes(45), after.End!.AsUtc - after.Start.AsUtc);
    }
}
