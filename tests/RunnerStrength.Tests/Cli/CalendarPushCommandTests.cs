using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Cli;

/// <summary><c>secret protect</c> and <c>calendar push</c> through the real executable, against Radicale.</summary>
public sealed class CalendarPushCommandTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [SkippableFact]
    public async Task Push_WithAProtectedPassword_DeliversThePlanOnce()
    {
        await using var server = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        var data = _work.Combine("data");
        var protectedPassword = await RunnerStrengthProcess.RunWithInputAsync(_work.Path, null, CalDavServer.Password + "\n", "--data", data, "secret", "protect");
        var settings = new Dictionary<string, string>
        {
            ["RunnerStrength__Calendar__CalDav__Url"] = server.Root.AbsoluteUri,
            ["RunnerStrength__Calendar__CalDav__Username"] = CalDavServer.User,
            ["RunnerStrength__Calendar__CalDav__Password"] = protectedPassword.StandardOutput.Trim(),
        };

        var first = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "push");
        var second = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "push");

        Assert.Equal(0, protectedPassword.ExitCode);
        Assert.StartsWith("protected:", protectedPassword.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(CalDavServer.Password, protectedPassword.StandardOutput, StringComparison.Ordinal);
        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.Matches(@"^Delivered [1-9]\d* changes to the calendars; 0 failed; 0 moved or deleted by hand and kept so\.\n  caldav: [1-9]\d* delivered, 0 failed\.", first.StandardOutput);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Delivered 0 changes", second.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(CalDavServer.Password, first.StandardOutput + first.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_WithoutAServer_SaysWhatToSet()
    {
        var result = await RunnerStrengthProcess.RunAsync(_work.Path, "--data", _work.Combine("data"), "calendar", "push");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("No calendar is configured: set RunnerStrength:Calendar:CalDav:Url, or the Calendar:Google or Calendar:Microsoft settings and connect (docs/calendars.md).", result.StandardError.Trim());
    }

    [Fact]
    public async Task Push_WithAPlainHttpPasswordToARemoteHost_IsRefusedAtStartUp()
    {
        var settings = new Dictionary<string, string>
        {
            ["RunnerStrength__Calendar__CalDav__Url"] = "http://calendar.example.org/dav/",
            ["RunnerStrength__Calendar__CalDav__Username"] = "alice",
            ["RunnerStrength__Calendar__CalDav__Password"] = "secret",
        };

        var result = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", _work.Combine("data"), "calendar", "push");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("RunnerStrength:Calendar:CalDav:Url must use https:// to send a password to 'calendar.example.org'", result.StandardError, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PlanPush_PrintsThePlan_AndPushesTheWeeks()
    {
        await using var server = await CalDavServer.StartAsync(CalDavServerKind.Radicale);
        var settings = server.Settings("__");

        var pushed = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", _work.Combine("data"), "plan", "--push");
        var unconfigured = await RunnerStrengthProcess.RunAsync(_work.Path, "--data", _work.Combine("other"), "plan", "--push");

        Assert.True(pushed.ExitCode == 0, pushed.StandardError);
        Assert.Contains("Week of", pushed.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"Pushed [1-9]\d* changes to the calendar; 0 failed\.", pushed.StandardError);
        Assert.Equal(2, unconfigured.ExitCode);
        Assert.Contains("--push needs a calendar server: set RunnerStrength:Calendar:CalDav:Url", unconfigured.StandardError, StringComparison.Ordinal);
    }
}
