using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Browser;

/// <summary>
/// The page as a runner uses it, on a phone (390x844) and a laptop (1280x800), in Debian's chromium against the
/// service process living on Monday 1 March 2027: the next session first, done / skipped / moved from its card,
/// the lifting history edited and deleted, the usual week from seven selects, the Garmin key given and taken back;
/// nothing scrolls sideways, and axe-core finds no serious or critical violation on any page.
/// </summary>
public sealed class RunnerPageBrowserTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [SkippableTheory]
    [InlineData(390, 844, "phone")]
    [InlineData(1280, 800, "laptop")]
    public async Task NextSessionFirst_DoneSkipMove_HistoryAndSettings_Accessible(int width, int height, string name)
    {
        ChromiumBrowser.Require();
        var offset = TimeSpan.FromHours(Math.Ceiling((Monday - TimeProvider.System.GetUtcNow()).TotalHours));
        var settings = new Dictionary<string, string>
        {
            ["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris",
            ["RunnerStrength__Athlete__Deadlift__Stage"] = "hex_bar",
            ["RunnerStrength__Athlete__Deadlift__OneRepMaxKg"] = "120",
            ["RunnerStrength__Clock__Offset"] = offset.ToString("c", CultureInfo.InvariantCulture),
        };
        await using var service = await ServiceProcess.StartAsync(_work.Path, _work.Combine("data"), settings);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = service.BaseUrl.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = height } });

        // The next session first: Thursday after the tempo (the classic week), with its weights.
        await page.GotoAsync("/");
        var card = page.GetByTestId("next-session");
        Assert.Equal("Next: Thursday 4 Mar at 18:00", await card.Locator("h2").InnerTextAsync());
        Assert.Contains("Work: 4 × 95 kg", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await card.BoundingBoxAsync() is { Y: < 250 }, "the card is the first thing on the page");
        await AssertFitsAndAccessibleAsync(page, "plan");
        await ScreenshotAsync(page, $"plan-{name}");

        // Move: only the days the rules allow are offered (Tuesday, in this week).
        await card.Locator("summary", new() { HasText = "Move" }).ClickAsync();
        Assert.Equal(["2027-03-02"], await page.Locator("#move-to option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await page.GetByTestId("session-move").ClickAsync();
        Assert.Equal("Moved to Tue 2 Mar 18:00.", await page.Locator("#message").InnerTextAsync());
        Assert.Equal("Next: Tuesday 2 Mar at 18:00", await card.Locator("h2").InnerTextAsync());

        // Done in one tap, a day early: logged today and the session moved to today. The plan follows: the week's
        // second session goes back to Thursday, 72 h after today's, which now shows as done.
        await page.GetByTestId("session-done").ClickAsync();
        Assert.StartsWith("Logged 4 sets on Mon 1 Mar", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Next: Thursday 4 Mar at 18:00", await card.Locator("h2").InnerTextAsync());
        Assert.Equal("done", await page.Locator("li.day[data-date='2027-03-01'] .status").InnerTextAsync());

        // Skip: Thursday's is taken off and nothing replaces it this week; next week's Thursday comes next.
        await page.GetByTestId("session-skip").ClickAsync();
        Assert.Equal("Skipped Thu 4 Mar: not planned again that week.", await page.Locator("#message").InnerTextAsync());
        Assert.Equal("Next: Thursday 11 Mar at 18:00", await card.Locator("h2").InnerTextAsync());

        // The history: the session done, edited, then deleted.
        await page.GotoAsync("/History");
        var logged = page.Locator("li.logged");
        Assert.Equal(1, await logged.CountAsync());
        Assert.Contains("4×95 kg", await logged.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("from form", await logged.InnerTextAsync(), StringComparison.Ordinal);
        await AssertFitsAndAccessibleAsync(page, "history");
        await ScreenshotAsync(page, $"history-{name}");
        await logged.Locator("summary").ClickAsync();
        await logged.Locator("input[name='sets']").FillAsync("4x4@97.5");
        await logged.Locator("input[name='rpe']").FillAsync("7");
        await logged.Locator("form.edit-log button").ClickAsync();
        Assert.Equal("Saved the session of Mon 1 Mar. The plan follows.", await page.Locator("#message").InnerTextAsync());
        Assert.Contains("4×97.5 kg", await page.Locator("li.logged").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("RPE 7", await page.Locator("li.logged").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("li.logged form.delete-log button").ClickAsync();
        Assert.Equal("Deleted from the log. The plan follows.", await page.Locator("#message").InnerTextAsync());
        Assert.Equal(0, await page.Locator("li.logged").CountAsync());

        // Settings without files: the usual week from seven selects, the Garmin key in a password field.
        await page.GotoAsync("/Settings");
        await AssertFitsAndAccessibleAsync(page, "settings");
        await page.SelectOptionAsync("select[data-day='Thursday']", "easy");
        await page.SelectOptionAsync("select[data-day='Friday']", "tempo");
        await page.ClickAsync("#profile-form button[type=submit]");
        Assert.Equal("Settings saved; the plan follows them.", await page.Locator("#message").InnerTextAsync());
        Assert.Equal("easy", await page.InputValueAsync("select[data-day='Thursday']"));
        Assert.Equal("tempo", await page.InputValueAsync("select[data-day='Friday']"));
        await page.FillAsync("#garmin-key", "pak-0123456789abcdef");
        await page.ClickAsync("#garmin-form button[type=submit]");
        Assert.StartsWith("Garmin key stored (encrypted).", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("pak-0123456789abcdef", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Garmin: connected", await page.Locator("#garmin-state").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#garmin-disconnect");
        Assert.StartsWith("Garmin key removed", await page.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Garmin: not set up", await page.Locator("#garmin-state").InnerTextAsync(), StringComparison.Ordinal);

        // The plan followed the new week: Friday's tempo rules Thursday out.
        await page.GotoAsync("/");
        Assert.DoesNotContain("Thursday", await card.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertFitsAndAccessibleAsync(IPage page, string what)
    {
        var (scroll, viewport) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= viewport, $"the {what} page scrolls sideways: {scroll} px wide in a {viewport} px window");
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"axe on the {what} page: " + string.Join("; ", serious));
    }

    // Committed screenshots are refreshed with UPDATE_SCREENSHOTS=1; otherwise they go to the test's temporary folder.
    private async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1" ? Path.Combine(RepositoryPaths.Root, "docs", "screenshots") : _work.Path;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
