using System.Globalization;
using Microsoft.Data.Sqlite;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.EndToEnd;

/// <summary>
/// Every change replans, and only the replan publishes: a race added with the command line while the
/// service runs reaches the CalDAV calendar through the service's delivery, with nobody reading the feed,
/// and the feed then shows the same.
/// </summary>
public sealed class RaceAddedWhileRunningTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [SkippableFact]
    public async Task RaceAdd_WhileTheServiceRuns_MovesTheCalendar_WithoutAnyoneReadingTheFeed()
    {
        await using var radicale = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        var data = _work.Combine("data");
        var settings = radicale.Settings("__");
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        settings["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar";
        settings["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "110";
        settings["RunnerStrength__Calendar__CalDav__PushCron"] = "* * * * *";
        await using var service = await ServiceProcess.StartAsync(_work.Path, data, settings);
        var client = new CalDavClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), new CalDavAccount(radicale.Root, CalDavServer.User, CalDavServer.Password));
        var calendar = new Uri(radicale.Home, "runnerstrength/");
        await Eventually.ReachedAsync(async () => await ServiceDatabase.DeliveredAsync(data), "the first plan delivered", TimeSpan.FromSeconds(120), service);
        var before = await EventsAsync(client, calendar);
        Assert.NotEmpty(before);

        // An A race twelve days ahead: the coming sessions turn to maintenance and light ones (rules 18-19).
        var raceDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), Paris).DateTime).AddDays(12);
        var added = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "race", "add", raceDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "City Half", "--priority", "A", "--distance", "21.1");
        Assert.True(added.ExitCode == 0, added.StandardError);

        List<ServerEvent> after = [];
        await Eventually.ReachedAsync(async () => await ServiceDatabase.DeliveredAsync(data) && !(after = await EventsAsync(client, calendar)).SequenceEqual(before), "the race's effect on the server", TimeSpan.FromSeconds(150), service);
        var changed = after.Where(e => before.SingleOrDefault(b => b.Uid == e.Uid) is { } b && b.Sequence < e.Sequence).ToList();
        var dropped = before.Where(b => after.All(a => a.Uid != b.Uid)).ToList();
        Assert.True(changed.Count + dropped.Count > 0, "a session changed or was dropped");
        Assert.Equal(after.Count, after.Select(e => e.Uid).Distinct().Count());

        // The feed, read only now, tells the same story.
        var feedUrl = (await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "feed")).StandardOutput.Split('\n')[0].Trim();
        using var http = new HttpClient();
        var feed = (await http.GetStringAsync(new Uri(service.BaseUrl, new Uri(feedUrl).PathAndQuery))).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.All(changed, e => Assert.Contains($"UID:{e.Uid}\r\n", feed, StringComparison.Ordinal));
        Assert.All(dropped, e => Assert.Contains($"UID:{e.Uid}\r\n", feed, StringComparison.Ordinal));
        Assert.Contains("STATUS:CANCELLED", dropped.Count > 0 ? feed : "STATUS:CANCELLED", StringComparison.Ordinal);
    }

    private static async Task<List<ServerEvent>> EventsAsync(CalDavClient client, Uri calendar)
    {
        try
        {
            return (await client.QueryAsync(calendar, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), default))
                .Select(r => ServerEvent.Read(r.CalendarData!, Paris)!).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        }
        catch (CalDavException)
        {
            return []; // The calendar is not made yet.
        }
    }
}
