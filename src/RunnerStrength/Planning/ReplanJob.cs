using Hangfire;

namespace RunnerStrength.Planning;

/// <summary>
/// Replans the calendar window (past 4 and coming 3 weeks) and records what changed, so calendars get
/// SEQUENCE + 1 for moved sessions and CANCELLED for dropped ones. Weekly, after every import that
/// stored something new, and once at start-up to catch up on what was missed while down.
/// </summary>
internal sealed partial class ReplanJob(IServiceProvider services, SessionWindow window, ILogger<ReplanJob> logger, IBackgroundJobClient? jobs = null)
{
    public const string RecurringId = "weekly-replan";
    public const int WeeksBack = 4;
    public const int WeeksAhead = 3;

    /// <summary>The days the replan covers: from the Monday <see cref="WeeksBack"/> weeks ago to the end of the last coming week.</summary>
    public static (DateOnly From, DateOnly To) Window(AthleteContext athlete)
    {
        var monday = athlete.Today.AddDays(-(((int)athlete.Today.DayOfWeek + 6) % 7));
        return (monday.AddDays(-7 * WeeksBack), monday.AddDays(7 * WeeksAhead));
    }

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var athlete = await AthleteContext.LoadAsync(services, cancellationToken);
        var entries = await window.EntriesAsync(athlete, WeeksBack, WeeksAhead, cancellationToken);
        var cancelled = entries.Count(e => e.Cancelled);
        LogReplanned(logger, entries.Count - cancelled, cancelled);
        if (services.GetRequiredService<CalendarPush.CalDavConnection>().Enabled)
        {
            jobs?.Enqueue<CalendarPush.CalendarPushJob>(job => job.RunAsync(false, CancellationToken.None));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replanned: {Sessions} sessions, {Cancelled} cancelled")]
    private static partial void LogReplanned(ILogger logger, int sessions, int cancelled);
}
