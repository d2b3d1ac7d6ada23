using Hangfire;

namespace RunnerStrength.GarminConnection;

/// <summary>The Hangfire face of <see cref="GarminSyncPass"/>: a short 429 wait is waited out, a long one scheduled.</summary>
internal sealed class GarminSyncJob(GarminSyncPass pass, TimeProvider time, IBackgroundJobClient jobs)
{
    public const string RecurringId = "garmin-sync";
    private static readonly TimeSpan LongestInlineWait = TimeSpan.FromSeconds(30);

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)] // The cursor makes the next run resume; the job schedules its own retry after a 429.
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await pass.SyncAsync(includeHistory: true, cancellationToken);
        while (outcome?.WaitUntil is { } until && until - time.GetUtcNow() <= LongestInlineWait)
        {
            var wait = until - time.GetUtcNow();
            await Task.Delay((wait > TimeSpan.Zero ? wait : TimeSpan.Zero) + TimeSpan.FromMilliseconds(50), time, cancellationToken);
            outcome = await pass.SyncAsync(includeHistory: true, cancellationToken);
        }

        if (outcome?.WaitUntil is { } later)
        {
            jobs.Schedule<GarminSyncJob>(job => job.RunAsync(CancellationToken.None), later);
        }
    }
}
