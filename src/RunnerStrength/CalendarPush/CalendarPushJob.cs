using Hangfire;

namespace RunnerStrength.CalendarPush;

/// <summary>The Hangfire face of <see cref="CalendarSync"/>: delivery every few minutes and after each replan, reconcile hourly.</summary>
internal sealed class CalendarPushJob(CalendarSync sync)
{
    public const string DeliverId = "calendar-push";
    public const string ReconcileId = "calendar-reconcile";

    // One method for both, so Hangfire's lock keeps a delivery and a reconcile from overlapping.
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)] // The outbox retries with its own backoff; a failed run is not repeated at once.
    public Task RunAsync(bool reconcile, CancellationToken cancellationToken) =>
        sync.RunAsync(reconcile, ignoreBackoff: false, cancellationToken);
}
