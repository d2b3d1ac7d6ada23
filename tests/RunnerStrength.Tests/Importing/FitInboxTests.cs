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
}
