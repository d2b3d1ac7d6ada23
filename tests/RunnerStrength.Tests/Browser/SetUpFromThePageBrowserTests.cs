using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Strava;

namespace RunnerStrength.Tests.Browser;

/// <summary>
/// Issue 17, settings without files: Strava's application and a CalDAV server typed on the Settings page in
/// chromium (secrets in password fields), kept in the data folder with the secrets encrypted, taken by the
/// service after it restarts itself; then Strava connects and the sessions reach the calendar server.
/// </summary>
public sealed class SetUpFromThePageBrowserTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [SkippableFact]
    public async Task StravaAndACalDavServer_SetUpOnThePage_AreTakenAfterARestart()
    {
        ChromiumBrowser.Require();
        await using var radicale = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        using var strava = new StravaDouble([], TimeSpan.FromMinutes(15), TimeSpan.FromDays(1));
        // The operator's configuration names Strava's endpoints (a double here), not the application: that comes from the page.
        var settings = strava.Settings("__").Where(s => !s.Key.EndsWith("ClientId", StringComparison.Ordinal) && !s.Key.EndsWith("ClientSecret", StringComparison.Ordinal)).ToDictionary();
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        var data = _work.Combine("data");
        await using var service = await ServiceProcess.StartAsync(_work.Path, data, settings);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = service.BaseUrl.AbsoluteUri, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await page.GotoAsync("/Settings");
        Assert.Equal(0, await page.Locator("#strava-state").CountAsync()); // no application yet
        await page.ClickAsync("#setup-strava summary");
        await page.FillAsync("#setup-strava-clientid", StravaDouble.ClientId);
        await page.FillAsync("#setup-strava-clientsecret", StravaDouble.ClientSecret);
        await page.ClickAsync("#setup-strava-save");
        Assert.StartsWith("Strava application saved (secrets encrypted).", await page.Locator("#restarting").InnerTextAsync(), StringComparison.Ordinal);
        await page.WaitForURLAsync("**/Settings#connections", new PageWaitForURLOptions { Timeout = 30_000 });

        Assert.StartsWith("Strava: not connected", await page.Locator("#strava-state").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(StravaDouble.ClientSecret, await page.ContentAsync(), StringComparison.Ordinal);
        var stored = await File.ReadAllTextAsync(Path.Combine(data, "settings.json"));
        Assert.Contains("\"RunnerStrength:Strava:ClientId\": \"" + StravaDouble.ClientId + "\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"RunnerStrength:Strava:ClientSecret\": \"protected:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(StravaDouble.ClientSecret, stored, StringComparison.Ordinal);

        // The calendar server, the same way; the password never comes back into the page.
        await page.ClickAsync("#setup-caldav summary");
        await page.FillAsync("#setup-calendar-caldav-url", radicale.Root.AbsoluteUri);
        await page.FillAsync("#setup-calendar-caldav-username", CalDavServer.User);
        await page.FillAsync("#setup-calendar-caldav-password", CalDavServer.Password);
        await page.ClickAsync("#setup-caldav-save");
        await page.WaitForURLAsync("**/Settings#connections", new PageWaitForURLOptions { Timeout = 30_000 });
        Assert.StartsWith($"CalDAV ({radicale.Root.Host}): connected", await page.Locator("#calendar-state-caldav").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("", await page.InputValueAsync("#setup-calendar-caldav-password")); // the password ("secret") never comes back
        Assert.Equal("stored: leave blank to keep", await page.GetAttributeAsync("#setup-calendar-caldav-password", "placeholder"));
        Assert.DoesNotContain("value=\"" + CalDavServer.Password + "\"", await page.ContentAsync(), StringComparison.Ordinal);
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
        await Eventually.ReachedAsync(async () => await EndToEnd.ServiceDatabase.DeliveredAsync(data), "the sessions on the calendar server", TimeSpan.FromSeconds(60), service);

        // Connect Strava now goes to Strava's authorize page with the application typed on the page.
        await page.ClickAsync("a[href='/connect/strava']");
        Assert.StartsWith(strava.AuthorizeUrl, page.Url, StringComparison.Ordinal);
        Assert.Contains("client_id=" + StravaDouble.ClientId, page.Url, StringComparison.Ordinal);
    }
}
