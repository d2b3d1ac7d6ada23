using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Publishing;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// Delivers one provider's part of the calendar outbox: create (never a second copy), conditional update,
/// delete of dropped sessions. Each change leaves the outbox only once the provider acknowledged it; a
/// failure postpones it with backoff (at least as long as a rate limit asked). Progress is saved after every
/// change, so a crash or a provider that goes down halfway loses nothing and sends nothing twice.
/// </summary>
internal sealed partial class CalendarPusher(RunnerStrengthDbContext db, CalendarAccountStore accounts, AthleteStore athletes, TimeProvider time, Random jitter, ILogger<CalendarPusher> logger)
{
    /// <summary>Delivers the due changes for <paramref name="provider"/> (all pending ones when <paramref name="ignoreBackoff"/>).</summary>
    public async Task<PushReport> DeliverAsync(ICalendarProvider provider, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = await db.CalendarOutbox.Where(o => o.Provider == provider.Name).OrderBy(o => o.NextAttemptAt).ToListAsync(cancellationToken);
        var due = pending.Where(o => ignoreBackoff || o.NextAttemptAt <= now).ToList();
        if (due.Count == 0)
        {
            return PushReport.Nothing with { Waiting = pending.Count };
        }

        var (delivered, changes) = (0, 0);
        var failures = new List<OutboxRow>();
        string? lastError = null;
        var zones = new Dictionary<int, (TimeZoneInfo Zone, string Id)>();
        try
        {
            foreach (var row in due)
            {
                try
                {
                    if (!zones.TryGetValue(row.AthleteId, out var zone))
                    {
                        var profile = await athletes.ProfileAsync(row.AthleteId, cancellationToken);
                        zones[row.AthleteId] = zone = (TimeZoneInfo.FindSystemTimeZoneById(profile!.TimeZoneId), profile.TimeZoneId);
                    }

                    changes += await DeliverOneAsync(provider, zone, row, cancellationToken) ? 1 : 0;
                    db.CalendarOutbox.Remove(row);
                    delivered++;
                }
                catch (CalendarProviderException e) when (e.Fault == CalendarFault.Event)
                {
                    // This event's problem (e.g. the provider refused its data): the others may still go through.
                    lastError = Postpone([row], e.Message, null);
                    failures.Add(row);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (CalendarProviderException e)
        {
            // Down, unreachable, slowing us down or refusing us: every change for it waits for the next attempt.
            var rest = due.Where(r => db.Entry(r).State != EntityState.Detached && !failures.Contains(r)).ToList();
            lastError = Postpone(rest, e.Message, e.RetryAfter);
            failures.AddRange(rest);
            provider.Forget();
            await db.SaveChangesAsync(cancellationToken);
        }

        if (delivered > 0)
        {
            await accounts.DeliveredAsync(provider.Name, time.GetUtcNow(), cancellationToken);
        }

        if (lastError is not null)
        {
            LogPostponed(logger, provider.DisplayName, failures.Count, lastError);
        }

        return new PushReport(delivered, failures.Count, pending.Count - due.Count, changes, lastError);
    }

    private string Postpone(List<OutboxRow> rows, string error, TimeSpan? atLeast)
    {
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            row.Attempts++;
            var wait = Backoff.After(row.Attempts, jitter.NextDouble());
            row.NextAttemptAt = now + (atLeast is { } asked && asked > wait ? asked : wait);
            row.LastError = error.Length > 1000 ? error[..1000] : error;
        }

        return error;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar push to {Provider}: {Count} changes wait for the next attempt: {Error}")]
    private static partial void LogPostponed(ILogger logger, string provider, int count, string error);
}
