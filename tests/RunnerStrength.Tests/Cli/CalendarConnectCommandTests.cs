using System.Text.RegularExpressions;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Calendars;

namespace RunnerStrength.Tests.Cli;

/// <summary>Issue 13 on a headless server: <c>calendar connect google</c> prints the address, takes the one the browser came back to; <c>status</c> and <c>disconnect</c>.</summary>
public sealed partial class CalendarConnectCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task ConnectHeadless_PushStatusAndDisconnect()
    {
        using var google = new GoogleCalendarDouble();
        var settings = google.Settings("__");
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        var data = _work.Combine("data");

        var before = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "status");
        var begun = await RunnerStrengthProcess.RunWithInputAsync(_work.Path, settings, "\n", "--data", data, "calendar", "connect", "google");
        var authorize = new Uri(AddressLine().Match(begun.StandardOutput).Value);
        var returned = await FollowAsync(authorize);
        var connected = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "connect", "google", "--returned", returned.AbsoluteUri);
        var status = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "status");
        var disconnected = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "disconnect", "google");
        var after = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "status");
        var unknown = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "connect", "yahoo");

        Assert.StartsWith("Google Calendar: disconnected: reconnect. Not connected yet", before.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, begun.ExitCode);
        Assert.Contains("Nothing pasted: the connection waits 15 minutes", begun.StandardOutput, StringComparison.Ordinal);
        Assert.True(connected.ExitCode == 0, connected.StandardError);
        Assert.Matches(@"^Connected\. [1-9]\d* sessions delivered to the 'google' calendar now\.", connected.StandardOutput);
        Assert.Matches(@"^Google Calendar: connected; up to date; last delivery \d{4}-\d\d-\d\d \d\d:\d\d UTC", status.StandardOutput);
        Assert.StartsWith("Disconnected google: tokens deleted", disconnected.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, google.Revocations);
        Assert.StartsWith("Google Calendar: disconnected: reconnect. Disconnected by you.", after.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.True(google.OurEvents().Count > 0);
        Assert.All(google.IssuedTokens, t => Assert.DoesNotContain(t, connected.StandardOutput + connected.StandardError + status.StandardOutput, StringComparison.Ordinal));
    }

    private static async Task<Uri> FollowAsync(Uri authorize)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var answer = await browser.GetAsync(authorize);
        return answer.Headers.Location!;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/oauth/authorize\?\S+")]
    private static partial Regex AddressLine();
}
