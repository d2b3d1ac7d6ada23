using Microsoft.Data.Sqlite;
using RunnerStrength.Testing;
using RunnerStrength.Testing.Garmin;

namespace RunnerStrength.Tests.EndToEnd;

/// <summary>A backup taken while the service pulls a history, restored into an empty folder: every activity stored by then and every secret come back.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ABackupTakenMidSync_RestoresEveryActivityAndSecret()
    {
        using var garmin = new GarminDouble(GarminDoubleActivity.History(200, TimeProvider.System.GetUtcNow(), everyDays: 3));
        garmin.OnDataRequest = _ => Thread.Sleep(20);
        var data = _work.Combine("data");
        var restored = _work.Combine("restored");
        var settings = garmin.Settings("__", withKey: false);
        settings["RunnerStrength__Athlete__TimeZone"] = "Europe/Paris";
        var connect = await RunnerStrengthProcess.RunWithInputAsync(_work.Path, settings, GarminDouble.Key + "\n", "--data", data, "garmin", "connect");
        var feed = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "calendar", "feed");
        Assert.True(connect.ExitCode == 0 && feed.ExitCode == 0, connect.StandardError + feed.StandardError);
        // What the Settings page set up (here: Google's OAuth client) is part of the install too.
        await RunnerStrength.Configuration.PageSettingsFile.WriteAsync(data, new Dictionary<string, string?> { ["RunnerStrength:Calendar:Google:ClientId"] = "page.apps.googleusercontent.com", ["RunnerStrength:Calendar:Google:ClientSecret"] = "page-secret" }, default);

        await using (var service = await ServiceProcess.StartAsync(_work.Path, data, settings))
        {
            await Eventually.ReachedAsync(async () => await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities") > 30, "the pull under way", TimeSpan.FromSeconds(60), service);
            var before = await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities");

            var backup = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", data, "backup", "--out", _work.Combine("rs.zip"));
            var during = await ServiceDatabase.ScalarAsync(data, "SELECT count(*) FROM activities");

            Assert.True(backup.ExitCode == 0, backup.StandardError);
            Assert.StartsWith("Backed up the database (", backup.StandardOutput, StringComparison.Ordinal);
            Assert.True(during < 200, $"taken mid-sync ({during} of 200)");
            var restore = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", restored, "restore", _work.Combine("rs.zip"));
            Assert.True(restore.ExitCode == 0, restore.StandardError);
            var inBackup = await ServiceDatabase.ScalarAsync(restored, "SELECT count(*) FROM activities");
            Assert.InRange(inBackup, before, during); // every activity stored before the backup began, none half-written
            Assert.Equal(inBackup, await ServiceDatabase.ScalarAsync(restored, "SELECT count(*) FROM garmin_activities WHERE FitHash IS NOT NULL"));
        }

        var restoredFeed = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", restored, "calendar", "feed");
        var check = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", restored, "garmin", "check");
        var again = await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", restored, "restore", _work.Combine("rs.zip"));

        Assert.Equal(feed.StandardOutput, restoredFeed.StandardOutput); // the feed token decrypts with the restored key ring
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(data, "settings.json")), await File.ReadAllTextAsync(Path.Combine(restored, "settings.json")));
        Assert.StartsWith("Google Calendar: disconnected: reconnect. Not connected yet", (await RunnerStrengthProcess.RunAsync(_work.Path, settings, "--data", restored, "calendar", "status")).StandardOutput, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.StandardOutput + check.StandardError); // so does the Garmin key
        Assert.Contains("Key exchange: OK", check.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds a database", again.StandardError, StringComparison.Ordinal);
        Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(_work.Combine("rs.zip")));
    }
}
