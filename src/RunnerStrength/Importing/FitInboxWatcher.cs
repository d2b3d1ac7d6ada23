using Hangfire;
using RunnerStrength.Configuration;

namespace RunnerStrength.Importing;

/// <summary>Queues an inbox scan as soon as a FIT file appears, besides the periodic scan.</summary>
internal sealed class FitInboxWatcher(DataPaths paths, IBackgroundJobClient jobs) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.InboxDirectory);
        _watcher = new FileSystemWatcher(paths.InboxDirectory, "*.*") { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Created += (_, _) => Queue();
        _watcher.Renamed += (_, _) => Queue();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();

    // A file still being copied is left for a later pass: the scan waits a few seconds after the last write.
    private void Queue() => jobs.Schedule<FitInboxJob>(job => job.RunAsync(CancellationToken.None), TimeSpan.FromSeconds(5));
}
