namespace RunnerStrength.Plans;

/// <summary>
/// In a command-line verb: the replan runs before the verb returns. The changes it publishes wait in the
/// calendar outbox, which the service's delivery (or <c>calendar push</c>) picks up.
/// </summary>
internal sealed class InlineReplan(Replanner replanner) : IReplanTrigger
{
    public Task ReplanAsync(CancellationToken cancellationToken) => replanner.ReplanAsync(cancellationToken);
}
