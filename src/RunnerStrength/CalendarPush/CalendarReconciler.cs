using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// Compares our events on the server (a calendar-query REPORT over the planning window) with what we
/// wrote, and repairs drift: an event the athlete moved or deleted is recorded as their decision; one
/// the server lost or holds in an older version is queued again; an orphan of ours is removed. Events
/// without our UID suffix are the athlete's and are never touched.
/// </summary>
internal sealed partial class CalendarReconciler(RunnerStrengthDbContext db, CalDavConnection connection, TimeProvider time, ILogger<CalendarReconciler> logger)
{
    /// <summary>Returns how many events the athlete had moved or deleted since we last looked.</summary>
    public async Task<int> ReconcileAsync(AthleteContext athlete, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var client = connection.Client();
        var calendar = await connection.CalendarAsync(client, cancellationToken);
        var onServer = (await client.QueryAsync(calendar, LocalTime.StartOfDay(from, athlete.Zone), LocalTime.StartOfDay(to, athlete.Zone), cancellationToken))
            .Select(r => (Resource: r, Event: r.CalendarData is { } data ? ServerEvent.Read(data, athlete.Zone) : null))
            .Where(r => r.Event?.Uid.EndsWith(EventResource.UidSuffix, StringComparison.Ordinal) == true)
            .ToList();
        var (first, last) = (from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue));
        var pushed = (await db.PushedEvents.Where(p => p.AthleteId == athlete.AthleteId).ToListAsync(cancellationToken))
            .Where(p => (p.AthleteStartLocal ?? p.StartLocal) >= first && (p.AthleteStartLocal ?? p.StartLocal) < last)
            .ToDictionary(p => p.Uid, StringComparer.Ordinal);
        var published = await db.PublishedEvents.Where(p => p.AthleteId == athlete.AthleteId && p.Date >= from && p.Date < to).ToDictionaryAsync(p => p.Uid, StringComparer.Ordinal, cancellationToken);
        var queued = (await db.CalendarOutbox.Where(o => o.AthleteId == athlete.AthleteId).Select(o => o.Uid).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var athleteChanges = 0;

        foreach (var (resource, serverEvent) in onServer)
        {
            var uid = serverEvent!.Uid;
            var ours = pushed.GetValueOrDefault(uid) ?? await db.PushedEvents.FindAsync([athlete.AthleteId, uid], cancellationToken);
            var plan = published.GetValueOrDefault(uid);
            if (ours is null || ours.Href != resource.Href.AbsoluteUri)
            {
                if (ours is null && plan is { Cancelled: false })
                {
                    // Ours but unrecorded (an answer lost before we saved it): adopt it and write the plan's version over it.
                    db.PushedEvents.Add(new PushedEventRow { AthleteId = athlete.AthleteId, Uid = uid, Href = resource.Href.AbsoluteUri, ETag = resource.ETag, Sequence = -1, StartLocal = serverEvent.LocalStart });
                    Queue(athlete.AthleteId, uid, queued);
                }
                else
                {
                    // A second copy, or an event the plan no longer has: ours to remove.
                    await client.DeleteAsync(resource.Href, resource.ETag, cancellationToken);
                    LogOrphanRemoved(logger, resource.Href);
                }

                continue;
            }

            pushed.Remove(uid);
            if (ours.ETag == resource.ETag)
            {
                continue;
            }

            if (CalendarPusher.RecordAthleteChange(ours, resource, athlete.Zone))
            {
                athleteChanges++;
                continue;
            }

            ours.ETag = resource.ETag;
            if (plan is not null && serverEvent.Sequence < plan.Sequence)
            {
                Queue(athlete.AthleteId, uid, queued); // The server holds an older version than the plan's.
            }
        }

        // What we wrote in the window and the server no longer has: deleted by the athlete, unless the plan dropped it.
        foreach (var missing in pushed.Values.Where(p => !p.AthleteDeleted))
        {
            if (published.GetValueOrDefault(missing.Uid) is { Cancelled: false })
            {
                CalendarPusher.RecordAthleteChange(missing, null, athlete.Zone);
                athleteChanges++;
            }
            else
            {
                db.PushedEvents.Remove(missing);
            }
        }

        // Sessions never pushed (the server was configured after they were planned).
        var known = (await db.PushedEvents.Where(p => p.AthleteId == athlete.AthleteId).Select(p => p.Uid).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var session in published.Values.Where(p => !p.Cancelled && !known.Contains(p.Uid) && db.PushedEvents.Local.All(l => l.Uid != p.Uid)))
        {
            Queue(athlete.AthleteId, session.Uid, queued);
        }

        await db.SaveChangesAsync(cancellationToken);
        return athleteChanges;
    }

    private void Queue(int athleteId, string uid, HashSet<string> queued)
    {
        if (queued.Add(uid))
        {
            db.CalendarOutbox.Add(new OutboxRow { AthleteId = athleteId, Uid = uid, NextAttemptAt = time.GetUtcNow() });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar reconcile: removed {Href}, an event of ours the plan no longer has")]
    private static partial void LogOrphanRemoved(ILogger logger, Uri href);
}
