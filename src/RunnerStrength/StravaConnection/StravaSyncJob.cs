using Hangfire;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// The Hangfire face of <see cref="StravaSyncPass"/>: when the rate limit is spent it waits a short window
/// out, or schedules itself for the moment a long one opens.
/// </summary>
internal sealed class StravaSyncJob(StravaSyncPass pass, TimeProvider time, IBackgroundJobClient jobs)
{
    public const string RecurringId = "strava-sync";

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 0)] // The cursor makes the next run resume; the job schedules its own retry at the rate-limit window.
    public async Task RunAsync(bool includeBackfill, CancellationToken cancellationToken)
    {
        // A short wait (a compressed window, or a quarter hour about to turn) is waited out here; a
        // long one is left to the run scheduled for it, so no worker sits idle for hours.
        var outcome = await pass.SyncAsync(includeBackfill, cancellationToken);
        while (outcome?.WaitUntil is { } until && until - time.GetUtcNow() <= LongestInlineWait)
        {
            await Task.Delay(Max(until - time.GetUtcNow(), TimeSpan.Zero) + TimeSpan.FromMilliseconds(50), time, cancellationToken);
            outcome = await pass.SyncAsync(includeBackfill, cancellationToken);
        }

        if (outcome?.WaitUntil is { } later)
        {
            jobs.Schedule<StravaSyncJob>(job => job.RunAsync(true, CancellationToken.None), later);
        }
    }

    private static readonly TimeSpan LongestInlineWait = TimeSpan.FromSeconds(30);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
