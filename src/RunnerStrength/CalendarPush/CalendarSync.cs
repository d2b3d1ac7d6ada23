using RunnerStrength.Calendar.Providers;
using RunnerStrength.Hosting;
using RunnerStrength.Plans;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// One round of keeping the athlete's calendars true, provider by provider: reconcile (optional), deliver the
/// outbox, and when the athlete moved or deleted events by hand, replan once around their decisions and
/// deliver that everywhere. A provider that is down is reported and waits; it never holds the others back.
/// Once: a round never loops, whatever a provider answers.
/// </summary>
internal sealed partial class CalendarSync(
    AthleteContextLoader athletes, SessionWindow window, CalendarPusher pusher, CalendarReconciler reconciler, CalendarTargets targets, Turn<CalendarSync> turn, ILogger<CalendarSync> logger)
{
    /// <summary>Some provider is configured (it may still need connecting).</summary>
    public bool Enabled => targets.Configured.Count > 0;

    /// <summary>What the command line asks for: replan the window, then deliver every pending change now.</summary>
    public async Task<PushReport> ReplanAndPushAsync(AthleteContext athlete, bool reconcile, CancellationToken cancellationToken)
    {
        await window.PublishAsync(athlete, cancellationToken);
        return await RunAsync(reconcile, ignoreBackoff: true, cancellationToken);
    }

    public async Task<PushReport> RunAsync(bool reconcile, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        var ready = await targets.ReadyAsync(cancellationToken);
        if (ready.Count == 0)
        {
            return PushReport.Nothing;
        }

        // The jobs and a verb in this process take turns; the outbox makes turns in other processes safe.
        using (await turn.TakeAsync(cancellationToken))
        {
            var athlete = await athletes.LoadAsync(cancellationToken);
            var reports = new Dictionary<string, PushReport>(StringComparer.Ordinal);
            var changes = 0;
            foreach (var provider in ready)
            {
                var found = reconcile ? await ReconcileAsync(provider, athlete, cancellationToken) : 0;
                var delivered = await pusher.DeliverAsync(provider, ignoreBackoff, cancellationToken);
                reports[provider.Name] = delivered with { AthleteChanges = delivered.AthleteChanges + found };
                changes += reports[provider.Name].AthleteChanges;
            }

            if (changes > 0)
            {
                // The athlete's hand moves become the plan, and the plan goes to every calendar (the others follow).
                LogAthleteChanges(logger, changes);
                athlete = await athletes.LoadAsync(cancellationToken);
                await window.PublishAsync(athlete, cancellationToken);
                foreach (var provider in ready)
                {
                    reports[provider.Name] = reports[provider.Name].Add(await pusher.DeliverAsync(provider, ignoreBackoff, cancellationToken));
                }
            }

            var total = PushReport.Total(reports.Values) with { AthleteChanges = changes, ByProvider = reports };
            foreach (var (provider, report) in reports.Where(r => r.Value.Delivered > 0))
            {
                LogDelivered(logger, report.Delivered, provider);
            }

            return total;
        }
    }

    private async Task<int> ReconcileAsync(ICalendarProvider provider, AthleteContext athlete, CancellationToken cancellationToken)
    {
        var (from, to) = SessionWindow.Days(athlete);
        try
        {
            return await reconciler.ReconcileAsync(provider, athlete, from, to, cancellationToken);
        }
        catch (CalendarProviderException e)
        {
            provider.Forget();
            LogReconcileFailed(logger, provider.DisplayName, e.Message);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar reconcile ({Provider}) failed; trying again at the next run: {Error}")]
    private static partial void LogReconcileFailed(ILogger logger, string provider, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar: {Count} events were moved or deleted by hand; the plan keeps to them")]
    private static partial void LogAthleteChanges(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar push: {Count} changes delivered to {Provider}")]
    private static partial void LogDelivered(ILogger logger, int count, string provider);
}
