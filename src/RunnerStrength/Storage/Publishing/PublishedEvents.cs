using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.CalendarPush;
using RunnerStrength.Hosting;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// Keeps calendars' copies true: a session whose content changed gets SEQUENCE + 1 (so calendars take the
/// new copy under the same UID), and one that the plan dropped is kept as CANCELLED until its day passes.
/// </summary>
internal sealed class PublishedEvents(RunnerStrengthDbContext db, CalendarTargets targets, Turn<PublishedEvents> turn, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records <paramref name="sessions"/> as published for [<paramref name="from"/>, <paramref name="to"/>) and returns what calendars should show.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> PublishAsync(int athleteId, IReadOnlyList<PlannedSession> sessions, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // A replan job and a verb may publish at the same moment: one at a time in this process, and a
        // retry for another process that inserted the same UID first.
        using var _ = await turn.TakeAsync(cancellationToken);
        try
        {
            return await PublishOnceAsync(athleteId, sessions, from, to, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await PublishOnceAsync(athleteId, sessions, from, to, cancellationToken);
        }
    }

    /// <summary>What calendars were last given for [<paramref name="from"/>, <paramref name="to"/>), without writing anything.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> ReadAsync(int athleteId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var published = await db.PublishedEvents.AsNoTracking()
            .Where(e => e.AthleteId == athleteId && e.Date >= from && e.Date < to)
            .OrderBy(e => e.Date)
            .ToListAsync(cancellationToken);
        return published.Select(Entry).ToList();
    }

    /// <summary>The session calendars were last given under <paramref name="uid"/>, or null; never writes.</summary>
    public async Task<CalendarEntry?> FindAsync(int athleteId, string uid, CancellationToken cancellationToken)
    {
        var row = await db.PublishedEvents.AsNoTracking().FirstOrDefaultAsync(e => e.AthleteId == athleteId && e.Uid == uid, cancellationToken);
        return row is null ? null : Entry(row);
    }

    /// <summary>When the first plan was published (its first recorded change), or null before it: days before it were planned in hindsight.</summary>
    public async Task<DateTimeOffset?> FirstPublishedAsync(int athleteId, CancellationToken cancellationToken) =>
        await db.PlanChanges.AsNoTracking()
            .Where(c => c.AthleteId == athleteId)
            .OrderBy(c => c.ChangedAt)
            .Select(c => (DateTimeOffset?)c.ChangedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>When the last of <paramref name="uids"/> last changed, or null when none was ever recorded.</summary>
    public async Task<DateTimeOffset?> LastChangedAsync(int athleteId, IReadOnlyCollection<string> uids, CancellationToken cancellationToken)
    {
        // Newest first, one row: a MAX over a converted column is not translated by every provider.
        return await db.PlanChanges.AsNoTracking()
            .Where(c => c.AthleteId == athleteId && uids.Contains(c.Uid))
            .OrderByDescending(c => c.ChangedAt)
            .Select(c => (DateTimeOffset?)c.ChangedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<CalendarEntry>> PublishOnceAsync(int athleteId, IReadOnlyList<PlannedSession> sessions, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // The calendars that receive this publication's changes.
        var receivers = (await targets.ReadyAsync(cancellationToken)).Select(p => p.Name).ToList();
        var rows = await db.PublishedEvents.Where(e => e.AthleteId == athleteId && e.Date >= from && e.Date < to).ToListAsync(cancellationToken);
        var byUid = rows.ToDictionary(r => r.Uid, StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            current.Add(session.Uid);
            var json = JsonSerializer.Serialize(session, Json);
            var fingerprint = SessionFingerprint.Of(session);
            if (!byUid.TryGetValue(session.Uid, out var row))
            {
                row = await db.PublishedEvents.FirstOrDefaultAsync(e => e.AthleteId == athleteId && e.Uid == session.Uid, cancellationToken);
                if (row is null)
                {
                    db.PublishedEvents.Add(new PublishedEventRow { AthleteId = athleteId, Uid = session.Uid, Date = session.Date, ContentHash = fingerprint, SessionJson = json });
                    await EnqueueAsync(receivers, athleteId, session.Uid, cancellationToken);
                    Record(athleteId, session.Uid, 0, "added", null, session);
                    continue;
                }
            }

            if (!SessionFingerprint.Matches(row.ContentHash, session, json) || row.Cancelled)
            {
                var before = Entry(row).Session;
                var kind = row.Cancelled ? "added" : Start(before) != Start(session) ? "moved" : "changed";
                (row.ContentHash, row.SessionJson, row.Date, row.Cancelled) = (fingerprint, json, session.Date, false);
                row.Sequence++;
                Record(athleteId, row.Uid, row.Sequence, kind, kind == "moved" ? Start(before) : null, session);
                await EnqueueAsync(receivers, athleteId, row.Uid, cancellationToken);
            }
            else if (row.ContentHash != fingerprint)
            {
                row.ContentHash = fingerprint; // unchanged, published before version 2: carries it from now on
            }
        }

        foreach (var dropped in rows.Where(r => !current.Contains(r.Uid) && !r.Cancelled))
        {
            dropped.Cancelled = true;
            dropped.Sequence++;
            var last = Entry(dropped).Session;
            db.PlanChanges.Add(new PlanChangeRow
            {
                AthleteId = athleteId,
                Uid = dropped.Uid,
                Sequence = dropped.Sequence,
                ChangedAt = time.GetUtcNow(),
                Kind = "dropped",
                FromLocal = Start(last),
                Summary = last.Prescription.Summary,
                Reason = "the replan found no place for it (see the week's warnings)",
            });
            await EnqueueAsync(receivers, athleteId, dropped.Uid, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ReadAsync(athleteId, from, to, cancellationToken);
    }

    /// <summary>What calendars should show for a published row.</summary>
    public static CalendarEntry Entry(PublishedEventRow row) =>
        new(JsonSerializer.Deserialize<PlannedSession>(row.SessionJson, Json)!, row.Sequence, row.Cancelled);

    private void Record(int athleteId, string uid, int sequence, string kind, DateTime? from, PlannedSession now) =>
        db.PlanChanges.Add(new PlanChangeRow
        {
            AthleteId = athleteId,
            Uid = uid,
            Sequence = sequence,
            ChangedAt = time.GetUtcNow(),
            Kind = kind,
            FromLocal = from,
            ToLocal = Start(now),
            Summary = now.Prescription.Summary,
            Reason = now.Reason,
        });

    private static DateTime Start(PlannedSession session) => session.Date.ToDateTime(session.StartLocal);

    // In the same save as the change itself, so a change is never recorded without its delivery: one row per
    // calendar, and a newer change replaces one still waiting.
    private async Task EnqueueAsync(List<string> receivers, int athleteId, string uid, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var provider in receivers)
        {
            // Find sees rows added earlier in this same save too.
            var pending = await db.CalendarOutbox.FindAsync([athleteId, provider, uid], cancellationToken);
            if (pending is null)
            {
                db.CalendarOutbox.Add(new OutboxRow { AthleteId = athleteId, Provider = provider, Uid = uid, NextAttemptAt = now });
            }
            else
            {
                (pending.Attempts, pending.NextAttemptAt, pending.LastError) = (0, now, null);
            }
        }
    }
}
