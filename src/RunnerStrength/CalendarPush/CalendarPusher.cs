using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Publishing;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// Delivers the calendar outbox to the CalDAV server: create with If-None-Match, update with If-Match,
/// delete dropped sessions. Each change is removed from the outbox only once the server acknowledged
/// it; a failure postpones it with backoff. Progress is saved after every change, so a crash or a
/// server that goes down halfway loses nothing and sends nothing twice.
/// </summary>
internal sealed partial class CalendarPusher(RunnerStrengthDbContext db, CalDavConnection connection, AthleteStore athletes, TimeProvider time, Random jitter, ILogger<CalendarPusher> logger)
{
    /// <summary>Delivers the due changes (all pending ones when <paramref name="ignoreBackoff"/>).</summary>
    public async Task<PushReport> DeliverAsync(bool ignoreBackoff, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = await db.CalendarOutbox.OrderBy(o => o.NextAttemptAt).ToListAsync(cancellationToken);
        var due = pending.Where(o => ignoreBackoff || o.NextAttemptAt <= now).ToList();
        if (due.Count == 0)
        {
            return PushReport.Nothing with { Waiting = pending.Count };
        }

        var (delivered, changes) = (0, 0);
        var failures = new List<OutboxRow>();
        string? lastError = null;
        try
        {
            var client = connection.Client();
            var calendar = await connection.CalendarAsync(client, cancellationToken);
            var sides = new Dictionary<int, EventSide>();
            foreach (var row in due)
            {
                try
                {
                    if (!sides.TryGetValue(row.AthleteId, out var side))
                    {
                        var profile = await athletes.ProfileAsync(row.AthleteId, cancellationToken);
                        sides[row.AthleteId] = side = new EventSide(client, calendar, TimeZoneInfo.FindSystemTimeZoneById(profile!.TimeZoneId), profile.TimeZoneId);
                    }

                    changes += await DeliverOneAsync(side, row, cancellationToken) ? 1 : 0;
                    db.CalendarOutbox.Remove(row);
                    delivered++;
                }
                catch (CalDavException e) when (!e.IsAuthentication && e.Status is not null)
                {
                    // This event's problem (e.g. the server refused its data): the others may still go through.
                    lastError = Postpone([row], e.Message);
                    failures.Add(row);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception e) when (IsDeliveryFault(e, cancellationToken))
        {
            // The server is down, unreachable or refuses us: every change waits for the next attempt.
            var rest = due.Where(r => db.Entry(r).State != EntityState.Detached && !failures.Contains(r)).ToList();
            lastError = Postpone(rest, e.Message);
            failures.AddRange(rest);
            connection.Forget();
            await db.SaveChangesAsync(cancellationToken);
        }

        if (lastError is not null)
        {
            LogPostponed(logger, failures.Count, lastError);
        }

        return new PushReport(delivered, failures.Count, pending.Count - due.Count, changes, lastError);
    }

    private string Postpone(List<OutboxRow> rows, string error)
    {
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            row.Attempts++;
            row.NextAttemptAt = now + Backoff.After(row.Attempts, jitter.NextDouble());
            row.LastError = error.Length > 1000 ? error[..1000] : error;
        }

        return error;
    }

    private static bool IsDeliveryFault(Exception e, CancellationToken cancellationToken) => e switch
    {
        CalDavException or HttpRequestException or System.Xml.XmlException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested, // the HTTP timeout, not a shutdown
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar push: {Count} changes wait for the next attempt: {Error}")]
    private static partial void LogPostponed(ILogger logger, int count, string error);
}
