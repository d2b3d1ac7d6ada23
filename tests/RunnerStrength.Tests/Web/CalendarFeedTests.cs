using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Web;

/// <summary>The iCalendar feed at /calendar/{token}.ics on the hosted service.</summary>
[Collection(HostedService.Collection)]
public sealed class CalendarFeedTests : IDisposable
{
    private readonly HostedService _service;

    public CalendarFeedTests()
    {
        _service = new(new Dictionary<string, string>
        {
            ["RunnerStrength:Athlete:TimeZone"] = "Europe/Paris",
            ["RunnerStrength:Athlete:Deadlift:Stage"] = "hex_bar",
            ["RunnerStrength:Athlete:Deadlift:OneRepMaxKg"] = "120",
        });
    }

    public void Dispose() => _service.Dispose();

    private async Task<string> TokenAsync(bool rotate = false)
    {
        await using var scope = _service.Factory.Services.CreateAsyncScope();
        var athleteId = await scope.ServiceProvider.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(default);
        var feeds = scope.ServiceProvider.GetRequiredService<FeedStore>();
        return rotate ? await feeds.RotateAsync(athleteId, default) : await feeds.TokenAsync(athleteId, default);
    }

    [Fact]
    public async Task Feed_WithTheToken_ServesTheSessionsAsICalendar_WithAnETag()
    {
        using var client = _service.Factory.CreateClient();
        var token = await TokenAsync();

        using var response = await client.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", body, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Paris:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_Unchanged_IsTheSameBytes_And304WithTheETag()
    {
        using var client = _service.Factory.CreateClient();
        var token = await TokenAsync();
        var url = new Uri($"/calendar/{token}.ics", UriKind.Relative);

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task TwoGets_LeaveTheDatabaseUnchanged()
    {
        using var client = _service.Factory.CreateClient();
        var token = await TokenAsync();
        // The start-up replan publishes; the feed only reads what it published.
        await Eventually.ReachedAsync(async () => (await DatabaseAsync()).Split('\n').Any(row => row.StartsWith("published_events|", StringComparison.Ordinal)), "the start-up replan", TimeSpan.FromSeconds(30));
        var before = await DatabaseAsync();

        using var first = await client.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative));
        using var second = await client.GetAsync(new Uri($"/calendar/{token}.ics", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("BEGIN:VEVENT", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseAsync());
    }

    // Every row of every table, as text: what "unchanged" means.
    private async Task<string> DatabaseAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_service.DataPath, "runnerstrength.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append('|').Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    [Fact]
    public async Task Feed_WrongOrRotatedToken_IsNotFound()
    {
        using var client = _service.Factory.CreateClient();
        var old = await TokenAsync();
        var fresh = await TokenAsync(rotate: true);

        using var wrong = await client.GetAsync(new Uri("/calendar/guess.ics", UriKind.Relative));
        using var stale = await client.GetAsync(new Uri($"/calendar/{old}.ics", UriKind.Relative));
        using var current = await client.GetAsync(new Uri($"/calendar/{fresh}.ics", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK), (wrong.StatusCode, stale.StatusCode, current.StatusCode));
    }

    [Fact]
    public async Task RotateFromTheDashboard_GivesANewAddress_AndTheOldOneStopsWorking()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var old = await TokenAsync();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var refused = await client.PostAsync(new Uri("/?handler=RotateFeed", UriKind.Relative), new FormUrlEncodedContent([]));
        using var rotated = await client.PostAsync(new Uri("/?handler=RotateFeed", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));
        var current = await TokenAsync();
        using var oldFeed = await client.GetAsync(new Uri($"/calendar/{old}.ics", UriKind.Relative));
        using var newFeed = await client.GetAsync(new Uri($"/calendar/{current}.ics", UriKind.Relative));

        Assert.Contains(old, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // no antiforgery token, no rotation
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        Assert.NotEqual(old, current);
        Assert.Equal(HttpStatusCode.NotFound, oldFeed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newFeed.StatusCode);
    }
}
