using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.CalendarPush;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.CalendarPush;

/// <summary>The service's store (a real SQLite file) configured to push to a real CalDAV server, on a fake clock.</summary>
internal sealed class CalendarPushFixture : IAsyncDisposable
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _data;

    private CalendarPushFixture(CalDavServer server, TempDirectory data, ServiceProvider services, FakeTimeProvider clock)
    {
        (Server, _data, Services, Clock) = (server, data, services, clock);
    }

    public CalDavServer Server { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<CalendarPushFixture> StartAsync(CalDavServerKind kind, string? password = CalDavServer.Password)
    {
        var server = await CalDavServer.StartAsync(kind);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var data = new TempDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
            ["RunnerStrength:Calendar:CalDav:Url"] = server.Root.AbsoluteUri,
            ["RunnerStrength:Calendar:CalDav:Username"] = server.Username,
            ["RunnerStrength:Calendar:CalDav:Password"] = server.Username is null ? null : password,
        };
        var services = await StoreServices.CreatePreparedAsync(data.Path, settings, clock);
        return new CalendarPushFixture(server, data, services, clock);
    }

    /// <summary>What the replan job does: plan the window and record what changed (which fills the outbox).</summary>
    public async Task ReplanAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);
        await scope.ServiceProvider.GetRequiredService<SessionWindow>().PublishAsync(athlete, default);
    }

    public async Task<PushReport> SyncAsync(bool reconcile = false, bool ignoreBackoff = false)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarSync>().RunAsync(reconcile, ignoreBackoff, default);
    }

    public async Task<T> InStoreAsync<T>(Func<RunnerStrengthDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RunnerStrengthDbContext>());
    }

    /// <summary>The sessions the plan shows in the window (not cancelled), as calendars should have them.</summary>
    public Task<List<(string Uid, DateTime Start, int Sequence)>> PlannedAsync() => InStoreAsync(async db =>
        (await db.PublishedEvents.Where(p => !p.Cancelled).ToListAsync())
            .Select(PublishedEvents.Entry)
            .Select(e => (e.Session.Uid, e.Session.Date.ToDateTime(e.Session.StartLocal), e.Sequence))
            .OrderBy(e => e.Uid, StringComparer.Ordinal)
            .ToList());

    /// <summary>A client of our own, as the athlete's phone would be.</summary>
    public CalDavClient AthletesClient() =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(Server.Root, Server.Username, Server.Username is null ? null : CalDavServer.Password));

    /// <summary>Every event in our calendar on the server, ours or not.</summary>
    public async Task<List<(CalDavResource Resource, ServerEvent Event)>> ServerEventsAsync()
    {
        var client = AthletesClient();
        var calendar = new Uri(Server.Home, "runnerstrength/");
        var found = await client.QueryAsync(calendar, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), default);
        return found.Select(r => (r, ServerEvent.Read(r.CalendarData!, Paris)!)).OrderBy(e => e.Item2.Uid, StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await Server.DisposeAsync();
        _data.Dispose();
    }
}
