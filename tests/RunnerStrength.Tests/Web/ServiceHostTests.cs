using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunnerStrength.Hosting;

namespace RunnerStrength.Tests.Web;

/// <summary>The service as WebApplicationFactory hosts it, on a temporary data folder.</summary>
[Collection(HostedService.Collection)]
public sealed class ServiceHostTests : IDisposable
{
    private readonly HostedService _service;

    public ServiceHostTests()
    {
        _service = new(new Dictionary<string, string>
        {
            ["RunnerStrength:Races:0:Date"] = "2027-04-18",
            ["RunnerStrength:Races:0:Name"] = "Paris Marathon",
            ["RunnerStrength:Races:0:DistanceKm"] = "42.2",
        });
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Healthz_ReportsHealthyWithVersionDataFolderAndDatabase()
    {
        using var client = _service.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("0.1.0", body.RootElement.GetProperty("version").GetString());
        Assert.Equal(_service.DataPath, body.RootElement.GetProperty("data_directory").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("database").GetString());
        Assert.True(File.Exists(Path.Combine(_service.DataPath, "runnerstrength.db")));
    }

    [Fact]
    public void TheService_GivesMemoryBackWhenIdle()
    {
        var hosted = _service.Factory.Services.GetServices<IHostedService>();

        Assert.Single(hosted.OfType<IdleMemoryService>());
        Assert.IsType<RuntimeHeap>(_service.Factory.Services.GetRequiredService<IManagedHeap>());
    }

    [Fact]
    public async Task Dashboard_IsServerRendered_WithTheSeededRace()
    {
        using var client = _service.Factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<h1>RunnerStrength</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Paris Marathon</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"priority-A\">A</td>", html, StringComparison.Ordinal);
        Assert.Contains("42.2 km", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsLastWeekThisWeekAndTheNextTwo_WithSessionsReasonsAndTheFeed()
    {
        using var client = _service.Factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(4, html.Split("<article class=\"week\"").Length - 1); // last week (done or missed), this week and the next two
        Assert.True(html.Split("<div class=\"session\"").Length - 1 >= 4, "two sessions a week in the skill phase");
        Assert.Contains("Why: ", html, StringComparison.Ordinal);
        Assert.Contains("Kettlebell deadlift 3×8", html, StringComparison.Ordinal);
        Assert.Matches("id=\"feed\" href=\"webcal://127\\.0\\.0\\.1:5080/calendar/[A-Za-z0-9_-]+\\.ics\"", html);
    }

    [Fact]
    public async Task ApiPlan_GivesTheWeeksPlanJson_AndNamesABadWeek()
    {
        using var client = _service.Factory.CreateClient();

        using var plan = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/plan?week=2027-04-14", UriKind.Relative)));
        using var bad = await client.GetAsync(new Uri("/api/plan?week=next-tuesday", UriKind.Relative));

        Assert.Equal("2027-04-12", plan.RootElement.GetProperty("week_start").GetString());
        Assert.Equal(7, plan.RootElement.GetProperty("days").GetArrayLength());
        // The week of the configured A race (Sunday 18 April): taper, and no heavy lifting that week.
        Assert.Equal(("taper", 0), (plan.RootElement.GetProperty("phase").GetString(), plan.RootElement.GetProperty("sessions").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("week must be a date as YYYY-MM-DD (got 'next-tuesday').", await bad.Content.ReadAsStringAsync());
    }
}
