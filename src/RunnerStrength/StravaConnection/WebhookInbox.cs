using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage;
using RunnerStrength.Storage.StravaConnections;
using RunnerStrength.Strava.Api;

namespace RunnerStrength.StravaConnection;

/// <summary>
/// Webhook events in the store, merged per object: the endpoint records each (a job only for an object not already
/// waiting, or waiting so long its job must have been lost), the job takes the merged event and removes it when
/// done, and the service's start hands every event still waiting to a job again.
/// </summary>
internal sealed class WebhookInbox(RunnerStrengthDbContext db, TimeProvider time)
{
    /// <summary>An event waiting longer than this gets a new job (its own was lost or failed for good).</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    /// <summary>Records <paramref name="e"/> for <paramref name="athleteId"/>; true when a job should be enqueued for it.</summary>
    public async Task<bool> RecordAsync(int athleteId, StravaWebhookEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = time.GetUtcNow();
        var row = await db.StravaWebhookEvents.FindAsync([athleteId, e.ObjectId], cancellationToken);
        if (row is not null)
        {
            var lost = now - row.ReceivedAt > Stale;
            (row.AspectType, row.Deauthorized) = (e.AspectType ?? row.AspectType, row.Deauthorized || e.IsDeauthorization);
            if (lost)
            {
                row.ReceivedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            return lost;
        }

        db.StravaWebhookEvents.Add(new StravaWebhookEventRow
        {
            AthleteId = athleteId,
            ObjectId = e.ObjectId,
            ObjectType = e.ObjectType ?? "",
            AspectType = e.AspectType ?? "",
            Deauthorized = e.IsDeauthorization,
            ReceivedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // the same object posted twice at once: the other request's job takes it
        }
    }

    /// <summary>The event waiting for <paramref name="objectId"/>, or null when it was handled already.</summary>
    public Task<StravaWebhookEventRow?> FindAsync(long objectId, CancellationToken cancellationToken) =>
        db.StravaWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.ObjectId == objectId, cancellationToken);

    /// <summary>The event is handled: a later one makes a new job.</summary>
    public Task DoneAsync(long objectId, CancellationToken cancellationToken) =>
        db.StravaWebhookEvents.Where(e => e.ObjectId == objectId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Every object with an event waiting, oldest first.</summary>
    public async Task<IReadOnlyList<long>> PendingAsync(CancellationToken cancellationToken) =>
        await db.StravaWebhookEvents.AsNoTracking().OrderBy(e => e.ReceivedAt).Select(e => e.ObjectId).ToListAsync(cancellationToken);
}
