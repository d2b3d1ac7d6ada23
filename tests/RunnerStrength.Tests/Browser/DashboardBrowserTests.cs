using System.Globalization;
using Microsoft.Playwright;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Browser;

/// <summary>The web page in Debian's chromium, driven by Playwright, against the real service process.</summary>
public sealed class DashboardBrowserTests : IDisposable
{
    private readonly TempDirectory _work = new();
    private readonly StravaDouble _strava = new([], TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));

    public void Dispose()
    {
        _strava.Dispose();
        _work.Dispose();
    }

    [SkippableFact]
    public async Task Dashboard_ShowsReasons_ARaceChangesThePlan_ALogIsKept_AndConnectLeadsToStrava()
    {
        ChromiumBrowser.Require();
        var settings = _strava.Settings("__");
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        settings["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar";
        settings["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "120";
        await using var service = await ServiceProcess.StartAsync(_work.Path, _work.Combine("data"), settings);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = service.BaseUrl.AbsoluteUri });

        await page.GotoAsync("/");
        var sessions = page.Locator("#plan .session");
        Assert.True(await sessions.CountAsync() >= 2, "the coming weeks have sessions");
        Assert.StartsWith("Why: ", await sessions.First.Locator(".reason").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(12, await page.Locator("#volume-chart g.week").CountAsync());
        var before = await page.Locator("#plan").InnerTextAsync();

        // An A race on the Sunday after next: the sessions before it change (taper, race rules).
        var monday = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        monday = monday.AddDays(-(((int)monday.DayOfWeek + 6) % 7));
        var raceDay = monday.AddDays(13);
        await page.GotoAsync("/Settings");
        await page.FillAsync("#add-race input[name='Race.Date']", raceDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#add-race input[name='Race.Name']", "City Half");
        await page.FillAsync("#add-race input[name='Race.DistanceKm']", "21.1");
        await page.SelectOptionAsync("#add-race select[name='Race.Priority']", "A");
        await page.ClickAsync("#add-race button[type=submit]");
        Assert.Contains("Added City Half", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/");
        var after = await page.Locator("#plan").InnerTextAsync();
        Assert.NotEqual(before, after);
        Assert.Contains("City Half", after, StringComparison.Ordinal);

        // Logging a session done yesterday.
        await page.GotoAsync("/Settings");
        await page.FillAsync("#log-form input[name='Lift.Date']", DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#log-form input[name='Lift.Sets']", "4x4@95");
        await page.ClickAsync("#log-form button[type=submit]");
        Assert.Contains("Logged 4 sets", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("4×95 kg", await page.Locator("#recent-log").InnerTextAsync(), StringComparison.Ordinal);

        // The connect button leads to Strava's authorize page with our client id and a state.
        await page.GotoAsync("/");
        await page.ClickAsync("#strava a[href='/connect/strava']");
        Assert.StartsWith(_strava.AuthorizeUrl + "?client_id=4242&redirect_uri=", page.Url, StringComparison.Ordinal);
        Assert.Contains("&state=", page.Url, StringComparison.Ordinal);
    }
}
