using Hangfire;

namespace RunnerStrength.Importing;

/// <summary>The Hangfire job that scans the FIT inbox (periodically and when the watcher sees a file).</summary>
internal sealed class FitInboxJob(FitInbox inbox)
{
    public const string RecurringId = "fit-inbox";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken) => await inbox.ScanAsync(cancellationToken);
}
