using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.CalendarPush;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Calendars;

namespace RunnerStrength.Tests.CalendarPush;

/// <summary>
/// The service's store (a real SQLite file) connected to the Google or Microsoft double through the real OAuth
/// redirect chain, on a fake clock that the double shares (so Retry-After and token lifetimes mean the same).
/// </summary>
internal sealed class ProviderFixture : IAsyncDisposable
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _data;

    private ProviderFixture(ProviderKind kind, OAuthCalendarDouble calendar, TempDirectory data, ServiceProvider services, FakeTimeProvider clock)
    {
        (Kind, Double, _data, Services, Clock) = (kind, calendar, data, services, clock);
    }

    public ProviderKind Kind { get; }

    public OAuthCalendarDouble Double { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public string Name => Kind == ProviderKind.Google ? "google" : "microsoft";

    public GoogleCalendarDouble Google => (GoogleCalendarDouble)Double;

    public GraphCalendarDouble Graph => (GraphCalendarDouble)Double;

    public static async Task<ProviderFixture> StartAsync(ProviderKind kind, DateTimeOffset? now = null, IDictionary<string, string>? more = null)
    {
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        OAuthCalendarDouble calendar = kind == ProviderKind.Google ? new GoogleCalendarDouble { Clock = clock } : new GraphCalendarDouble { Clock = clock };
        var data = new TempDirectory();
        var settings = new Dictionary<string, string?> { ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris" };
        foreach (var (key, value) in kind == ProviderKind.Google ? ((GoogleCalendarDouble)calendar).Settings() : ((GraphCalendarDouble)calendar).Settings())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var services = await StoreServices.CreatePreparedAsync(data.Path, settings, clock);
        return new ProviderFixture(kind, calendar, data, services, clock);
    }

    /// <summary>What the browser does: our /connect redirect to the authorize page, which sends it back to the callback with a code.</summary>
    public async Task ConnectAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var connector = scope.ServiceProvider.GetRequiredService<CalendarConnector>();
        var authorize = await connector.BeginAsync(Name, CalendarConnector.Callback(new Uri("http://127.0.0.1:5080"), Name), default);
        var returned = await FollowAuthorizeAsync(authorize);
        await connector.CompleteAsync(Name, returned, default);
    }

    /// <summary>The address the provider's authorize page sends the browser back to.</summary>
    public static async Task<Uri> FollowAuthorizeAsync(Uri authorize)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var answer = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer.Headers.Location!;
    }

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

    public async Task<CalendarPushStatus.ProviderState> StatusAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CalendarPushStatus>().ReadAsync(1, default)).Single(s => s.Name == Name);
    }

    /// <summary>The sessions the plan shows (not cancelled), as calendars should have them.</summary>
    public Task<List<(string Uid, DateTime Start, int Sequence)>> PlannedAsync() => InStoreAsync(async db =>
        (await db.PublishedEvents.Where(p => !p.Cancelled).ToListAsync())
            .Select(PublishedEvents.Entry)
            .Select(e => (e.Session.Uid, e.Session.Date.ToDateTime(e.Session.StartLocal), e.Sequence))
            .OrderBy(e => e.Uid, StringComparer.Ordinal)
            .ToList());

    /// <summary>Our events as the provider shows them: UID, start in Paris, our revision.</summary>
    public List<(string Uid, DateTime Start, int Sequence)> Shown() => Kind == ProviderKind.Google
        ? Google.OurEvents().Select(e => (e.Uid!, Local(e.Start), e.OurSequence ?? -1)).ToList()
        : Graph.OurEvents().Select(e => (e.Uid!, Local(e.Start), e.OurSequence ?? -1)).ToList();

    /// <summary>The provider's id for each of our events, by UID.</summary>
    public Dictionary<string, string> Ids() => Kind == ProviderKind.Google
        ? Google.OurEvents().ToDictionary(e => e.Uid!, e => e.Id)
        : Graph.OurEvents().ToDictionary(e => e.Uid!, e => e.Id);

    public void MoveByHand(string uid, DateTime localStart)
    {
        var start = new DateTimeOffset(localStart, Paris.GetUtcOffset(localStart));
        if (Kind == ProviderKind.Google)
        {
            Google.MoveByHand(uid, start);
        }
        else
        {
            Graph.MoveByHand(uid, start);
        }
    }

    public void DeleteByHand(string uid)
    {
        if (Kind == ProviderKind.Google)
        {
            Google.DeleteByHand(uid);
        }
        else
        {
            Graph.DeleteByHand(uid);
        }
    }

    public void RetitleByHand(string uid, string title)
    {
        if (Kind == ProviderKind.Google)
        {
            Google.RetitleByHand(uid, title);
        }
        else
        {
            Graph.RetitleByHand(uid, title);
        }
    }

    public string? Title(string uid) => Kind == ProviderKind.Google
        ? Google.OurEvents().Single(e => e.Uid == uid).Summary
        : Graph.OurEvents().Single(e => e.Uid == uid).Subject;

    public void DeleteCalendarByHand()
    {
        if (Kind == ProviderKind.Google)
        {
            Google.DeleteCalendarByHand();
        }
        else
        {
            Graph.DeleteCalendarByHand();
        }
    }

    public static DateTime Local(DateTimeOffset instant) => DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Paris).DateTime, DateTimeKind.Unspecified);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Double.Dispose();
        _data.Dispose();
    }
}
