using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Importing;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Importing;

/// <summary>The FIT inbox on a real data folder: imported files archived, bad ones quarantined with the reason.</summary>
public sealed class FitInboxTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private void Drop(string fixture, string? name = null)
    {
        Directory.CreateDirectory(_data.Combine("inbox"));
        var target = _data.Combine("inbox", name ?? fixture);
        File.Copy(RepositoryPaths.Fixtures("fit", fixture), target);
        File.SetLastWriteTimeUtc(target, new DateTime(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Scan_ImportsArchivesAndQuarantines_KeepingTheReason()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, time: clock);
        Drop("garmin-fenix-5-run.fit");
        Drop("compressed-speed-distance.fit");
        Drop("MonitoringFile.fit");
        File.WriteAllBytes(_data.Combine("inbox", "not-fit.fit"), [1, 2, 3]);
        File.SetLastWriteTimeUtc(_data.Combine("inbox", "not-fit.fit"), new DateTime(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc));

        await using var scope = services.CreateAsyncScope();
        var (imported, quarantined) = await scope.ServiceProvider.GetRequiredService<FitInbox>().ScanAsync(default);

        Assert.Equal((2, 2), (imported, quarantined));
        Assert.Empty(Directory.GetFiles(_data.Combine("inbox")));
        Assert.Equal(["compressed-speed-distance.fit", "garmin-fenix-5-run.fit"], Directory.GetFiles(_data.Combine("archive", "2026-11")).Select(Path.GetFileName).Order());
        Assert.Equal("MonitoringFile.fit was not imported: it holds no activity session.\n", File.ReadAllText(_data.Combine("quarantine", "MonitoringFile.fit.reason.txt")));
        Assert.StartsWith("not-fit.fit was not imported: at byte 0: not a FIT file", File.ReadAllText(_data.Combine("quarantine", "not-fit.fit.reason.txt")), StringComparison.Ordinal);
        var stored = await scope.ServiceProvider.GetRequiredService<ActivityStore>().BetweenAsync(1, DateTimeOffset.UnixEpoch, clock.GetUtcNow(), default);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task Scan_TheSameFileAgain_IsArchivedWithoutASecondActivity()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, time: clock);
        await using var scope = services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<FitInbox>();

        Drop("garmin-fenix-5-run.fit");
        await inbox.ScanAsync(default);
        Drop("garmin-fenix-5-run.fit");
        await inbox.ScanAsync(default);

        Assert.Equal(["garmin-fenix-5-run-2.fit", "garmin-fenix-5-run.fit"], Directory.GetFiles(_data.Combine("archive", "2026-11")).Select(Path.GetFileName).Order());
        Assert.Single(await scope.ServiceProvider.GetRequiredService<ActivityStore>().BetweenAsync(1, DateTimeOffset.UnixEpoch, clock.GetUtcNow(), default));
    }

    [Fact]
    public async Task Scan_AFileStillBeingWritten_WaitsForTheNextPass()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 1, TimeSpan.Zero)); // one second after the write
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, time: clock);
        await using var scope = services.CreateAsyncScope();
        Drop("garmin-fenix-5-run.fit");

        var (imported, _) = await scope.ServiceProvider.GetRequiredService<FitInbox>().ScanAsync(default);

        Assert.Equal(0, imported);
        Assert.Single(Directory.GetFiles(_data.Combine("inbox")));
    }

    [Fact]
    public async Task AHostileInbox_StopsNothing_LinksAreNotFollowed_AndEachBadFileIsQuarantinedWithItsReason()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, time: clock, settings: new Dictionary<string, string?> { ["RunnerStrength:Fit:MaxFileBytes"] = "5000" });
        var outside = _data.Combine("elsewhere");
        Directory.CreateDirectory(outside);
        File.Copy(RepositoryPaths.Fixtures("fit", "garmin-fenix-5-walk.fit"), Path.Combine(outside, "not-yours.fit"));
        Drop("valid_only_contain_fileid.fit", "a-first.fit");               // decodes, but holds no activity
        File.CreateSymbolicLink(_data.Combine("inbox", "b-dangling.fit"), "/nonexistent/run.fit");
        Directory.CreateSymbolicLink(_data.Combine("inbox", "c-folder"), outside);
        using (var fifo = System.Diagnostics.Process.Start("mkfifo", _data.Combine("inbox", "d-pipe.fit")))
        {
            await fifo.WaitForExitAsync();
        }

        File.SetLastWriteTimeUtc(_data.Combine("inbox", "d-pipe.fit"), new DateTime(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc));

        Drop("garmin-fenix-5-run.fit", "e-huge.fit");                       // 5,597 bytes: over the 5,000-byte cap set above
        Drop("garmin-fenix-5-bike.fit", "z-good.fit");                      // behind all of them

        await using var scope = services.CreateAsyncScope();
        var scan = scope.ServiceProvider.GetRequiredService<FitInbox>().ScanAsync(default);
        var finished = await Task.WhenAny(scan, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(scan, finished); // a FIFO never blocks the scan
        Assert.Equal((1, 5), await scan);
        Assert.True(File.Exists(_data.Combine("archive", "2026-11", "z-good.fit")));
        Assert.True(File.Exists(Path.Combine(outside, "not-yours.fit")), "nothing is moved out of a linked folder");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Combine("inbox")));
        string Reason(string name) => File.ReadAllText(_data.Combine("quarantine", name + ".reason.txt"));
        Assert.Contains("it is a symbolic link (to /nonexistent/run.fit), which is never followed", Reason("b-dangling.fit"), StringComparison.Ordinal);
        Assert.Contains($"it is a symbolic link (to {outside}), which is never followed", Reason("c-folder"), StringComparison.Ordinal);
        Assert.Contains("it is empty (or not a regular file)", Reason("d-pipe.fit"), StringComparison.Ordinal);
        Assert.Contains("over the 5000-byte limit (RunnerStrength:Fit:MaxFileBytes)", Reason("e-huge.fit"), StringComparison.Ordinal);
        Assert.Contains("it holds no activity session", Reason("a-first.fit"), StringComparison.Ordinal);
    }
}
