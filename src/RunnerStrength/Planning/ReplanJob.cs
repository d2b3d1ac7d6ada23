using Hangfire;

namespace RunnerStrength.Planning;

/// <summary>
/// Replans the calendar window (past 4 and coming 3 weeks) and records what changed, so calendars get
/// SEQUENCE + 1 for moved sessions and CANCELLED for dropped ones. Weekly, after every import that
/// stored something new, and once at start-up to catch up on what was missed while down.
/// </summary>
internal sealed partial class ReplanJob(IServiceProvider services, SessionWindow window, ILogger<ReplanJob> logger)
{
    public const string RecurringId = "weekly-replan";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var athlete = await AthleteContext.LoadAsync(services, cancellationToken);
        var entries = await window.EntriesAsync(athlete, weeksBack: 4, weeksAhead: 3, cancellationToken);
        var cancelled = entries.Count(e => e.Cancelled);
        LogReplanned(logger, entries.Count - cancelled, cancelled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replanned: {Sessions} sessions, {Cancelled} cancelled")]
    private static partial void LogReplanned(ILogger logger, int sessions, int cancelled);
}
