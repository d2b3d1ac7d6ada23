using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.CalendarPush;

/// <summary>
/// Compares our events in one calendar with what we wrote, and repairs drift: an event the athlete moved or
/// deleted is recorded as their decision; one the provider lost or holds in an older version is queued again;
/// an orphan or second copy of ours is removed. Events without our UID are the athlete's and never touched.
/// A provider that lists only what changed (Google's sync token) is read the same way, except that an event
/// it does not mention is taken as unchanged.
/// </summary>
internal sealed partial class CalendarReconciler(RunnerStrengthDbContext db, TimeProvider time, ILogger<CalendarReconciler> logger)
{
    /// <summary>Returns how many events the athlete had moved or deleted since we last looked.</summary>
    public async Task<int> ReconcileAsync(ICalendarProvider provider, AthleteContext athlete, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var listing = await provider.ListAsync(LocalTime.StartOfDay(from, athlete.Zone), LocalTime.StartOfDay(to, athlete.Zone), athlete.Zone, cancellationToken);
        var (first, last) = (from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue));
        var all = await db.PushedEvents.Where(p => p.AthleteId == athlete.AthleteId && p.Provider == provider.Name).ToListAsync(cancellationToken);
        var inWindow = all.Where(p => (p.AthleteStartLocal ?? p.StartLocal) >= first && (p.AthleteStartLocal ?? p.StartLocal) < last).ToDictionary(p => p.Uid, StringComparer.Ordinal);
        var published = await db.PublishedEvents.Where(p => p.AthleteId == athlete.AthleteId && p.Date >= from && p.Date < to).ToDictionaryAsync(p => p.Uid, StringComparer.Ordinal, cancellationToken);
        var queued = (await db.CalendarOutbox.Where(o => o.AthleteId == athlete.AthleteId && o.Provider == provider.Name).Select(o => o.Uid).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var athleteChanges = 0;

        foreach (var remote in listing.Events.Where(e => OurEvents.Carries(e.Uid)))
        {
            var ours = all.FirstOrDefault(p => p.Uid == remote.Uid);
            var plan = published.GetValueOrDefault(remote.Uid) ?? await db.PublishedEvents.FindAsync([athlete.AthleteId, remote.Uid], cancellationToken);
            if (ours is null || ours.RemoteId != remote.Id)
            {
                if (ours is null && plan is { Cancelled: false })
                {
                    // Ours but unrecorded (an answer lost before we saved it): adopt it and write the plan's version over it.
                    var adopted = new PushedEventRow { AthleteId = athlete.AthleteId, Provider = provider.Name, Uid = remote.Uid, RemoteId = remote.Id, ETag = remote.ETag, Sequence = -1, StartLocal = remote.LocalStart ?? DateTime.MinValue };
                    db.PushedEvents.Add(adopted);
                    all.Add(adopted);
                    Queue(athlete.AthleteId, provider.Name, remote.Uid, queued);
                }
                else
                {
                    // A second copy, or an event the plan no longer has: ours to remove.
                    await provider.DeleteAsync(remote.Id, remote.ETag, cancellationToken);
                    LogOrphanRemoved(logger, provider.DisplayName, remote.Uid);
                }

                continue;
            }

            inWindow.Remove(remote.Uid);
            if (ours.ETag == remote.ETag || ours.AthleteDeleted)
            {
                continue;
            }

            if (CalendarPusher.RecordAthleteChange(ours, remote))
            {
                athleteChanges++;
                continue;
            }

            ours.ETag = remote.ETag;
            if (plan is not null && remote.Sequence >= 0 && remote.Sequence < plan.Sequence)
            {
                Queue(athlete.AthleteId, provider.Name, remote.Uid, queued); // The provider holds an older version than the plan's.
            }
        }

        // What we wrote and the provider no longer has: deleted by the athlete, unless the plan dropped it.
        var gone = listing.Complete
            ? inWindow.Values.Where(p => !p.AthleteDeleted).ToList()
            : all.Where(p => !p.AthleteDeleted && listing.Gone.Contains(p.RemoteId, StringComparer.Ordinal)).ToList();
        foreach (var missing in gone)
        {
            var plan = published.GetValueOrDefault(missing.Uid) ?? await db.PublishedEvents.FindAsync([athlete.AthleteId, missing.Uid], cancellationToken);
            if (plan is { Cancelled: false })
            {
                CalendarPusher.RecordAthleteChange(missing, null);
                athleteChanges++;
            }
            else
            {
                db.PushedEvents.Remove(missing);
            }
        }

        // Sessions never delivered here (the provider was connected after they were planned).
        var known = all.Select(p => p.Uid).ToHashSet(StringComparer.Ordinal);
        foreach (var session in published.Values.Where(p => !p.Cancelled && !known.Contains(p.Uid)))
        {
            Queue(athlete.AthleteId, provider.Name, session.Uid, queued);
        }

        await db.SaveChangesAsync(cancellationToken);
        return athleteChanges;
    }

    private void Queue(int athleteId, string provider, string uid, HashSet<string> queued)
    {
        if (queued.Add(uid))
        {
            db.CalendarOutbox.Add(new OutboxRow { AthleteId = athleteId, Provider = provider, Uid = uid, NextAttemptAt = time.GetUtcNow() });
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar reconcile ({Provider}): removed the event for {Uid}, a copy of ours the plan no longer has")]
    private static partial void LogOrphanRemoved(ILogger logger, string provider, string uid);
}
