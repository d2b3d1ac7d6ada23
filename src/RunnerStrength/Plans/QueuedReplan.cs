using Hangfire;

namespace RunnerStrength.Plans;

/// <summary>In the service: the replan runs as a job, so a page answers at once and replans never overlap.</summary>
internal sealed class QueuedReplan(IBackgroundJobClient jobs) : IReplanTrigger
{
    public Task ReplanAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<ReplanJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}
