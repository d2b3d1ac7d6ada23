using Hangfire;
using RunnerStrength.CalendarPush;

namespace RunnerStrength.Plans;

/// <summary>
/// The service's replan: weekly, when the week turns, after every change, and once at start-up to catch up
/// on what was missed while down; then the calendars get what changed.
/// </summary>
internal sealed class ReplanJob(Replanner replanner, CalendarTargets calendars, IBackgroundJobClient jobs)
{
    public const string RecurringId = "weekly-replan";
    public const string WeekTurnId = "week-turn-replan";

    // Just after the feed's window moves on a week: the new third week is published at once.
    public const string WeekTurnCron = "5 0 * * 1";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await replanner.ReplanAsync(cancellationToken);
        if (calendars.Configured.Count > 0)
        {
            jobs.Enqueue<CalendarPushJob>(job => job.RunAsync(false, CancellationToken.None));
        }
    }
}
