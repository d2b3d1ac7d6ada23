namespace RunnerStrength.Plans;

/// <summary>
/// The one place that publishes: plans the window around today and records what changed (SEQUENCE, plan
/// changes, the calendar outbox), and puts the coming week on a mounted watch. Every change to the athlete's data ends here.
/// </summary>
internal sealed partial class Replanner(AthleteContextLoader athletes, SessionWindow window, Workouts.WatchFolder watch, ILogger<Replanner> logger)
{
    public async Task ReplanAsync(CancellationToken cancellationToken)
    {
        var athlete = await athletes.LoadAsync(cancellationToken);
        var entries = await window.PublishAsync(athlete, cancellationToken);
        await watch.WriteAsync(athlete, entries, cancellationToken);
        var cancelled = entries.Count(e => e.Cancelled);
        LogReplanned(logger, entries.Count - cancelled, cancelled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replanned: {Sessions} sessions, {Cancelled} cancelled")]
    private static partial void LogReplanned(ILogger logger, int sessions, int cancelled);
}
