using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Hosting;
using RunnerStrength.Plans;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// One round of keeping the athlete's calendar true: reconcile (optional), deliver the outbox, and when
/// the athlete moved or deleted events by hand, replan once around their decisions and deliver that.
/// Once: a round never loops, whatever the server answers.
/// </summary>
internal sealed partial class CalendarSync(
    AthleteContextLoader athletes, SessionWindow window, CalendarPusher pusher, CalendarReconciler reconciler, CalDavConnection connection, Turn<CalendarSync> turn, ILogger<CalendarSync> logger)
{
    public bool Enabled => connection.Enabled;

    /// <summary>What the command line asks for: replan the window, then deliver every pending change now.</summary>
    public async Task<PushReport> ReplanAndPushAsync(AthleteContext athlete, bool reconcile, CancellationToken cancellationToken)
    {
        await window.PublishAsync(athlete, cancellationToken);
        return await RunAsync(reconcile, ignoreBackoff: true, cancellationToken);
    }

    public async Task<PushReport> RunAsync(bool reconcile, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        if (!connection.Enabled)
        {
            return PushReport.Nothing;
        }

        // The jobs and a verb in this process take turns; the outbox makes turns in other processes safe.
        using (await turn.TakeAsync(cancellationToken))
        {
            var athlete = await athletes.LoadAsync(cancellationToken);
            var changes = 0;
            if (reconcile)
            {
                var (from, to) = SessionWindow.Days(athlete);
                try
                {
                    changes = await reconciler.ReconcileAsync(athlete, from, to, cancellationToken);
                }
                catch (Exception e) when (e is CalDavException or HttpRequestException or System.Xml.XmlException)
                {
                    connection.Forget();
                    LogReconcileFailed(logger, e.Message);
                }
            }

            var report = await pusher.DeliverAsync(ignoreBackoff, cancellationToken);
            changes += report.AthleteChanges;
            if (changes > 0)
            {
                LogAthleteChanges(logger, changes);
                athlete = await athletes.LoadAsync(cancellationToken);
                await window.PublishAsync(athlete, cancellationToken);
                report = report.Add(await pusher.DeliverAsync(ignoreBackoff, cancellationToken)) with { AthleteChanges = changes };
            }

            if (report.Delivered > 0)
            {
                LogDelivered(logger, report.Delivered);
            }

            return report;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar reconcile failed; trying again at the next run: {Error}")]
    private static partial void LogReconcileFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar: {Count} events were moved or deleted by hand; the plan keeps to them")]
    private static partial void LogAthleteChanges(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar push: {Count} changes delivered")]
    private static partial void LogDelivered(ILogger logger, int count);
}
