using RunnerStrength.Calendar.Providers;
using RunnerStrength.Storage.Publishing;

namespace RunnerStrength.CalendarPush;

internal sealed partial class CalendarPusher
{
    /// <summary>Brings one event in line with the plan; true when it found the athlete had moved or deleted it.</summary>
    private async Task<bool> DeliverOneAsync(ICalendarProvider provider, (TimeZoneInfo Zone, string Id) zone, OutboxRow row, CancellationToken cancellationToken)
    {
        var published = await db.PublishedEvents.FindAsync([row.AthleteId, row.Uid], cancellationToken);
        var pushed = await db.PushedEvents.FindAsync([row.AthleteId, provider.Name, row.Uid], cancellationToken);
        if (published is null || pushed?.AthleteDeleted == true)
        {
            return false; // Nothing to show, or the athlete deleted it: not pushed again that week.
        }

        var draft = new EventDraft(PublishedEvents.Entry(published), zone.Id, time.GetUtcNow());
        if (draft.Entry.Cancelled)
        {
            return pushed is not null && await DeleteAsync(provider, zone.Zone, pushed, cancellationToken);
        }

        if (pushed is null)
        {
            var created = await provider.CreateAsync(draft, cancellationToken);
            if (!created.Done)
            {
                // Already there under the session's id: an earlier attempt whose answer was lost. Take it over.
                var existing = await provider.GetAsync(created.Id, zone.Zone, cancellationToken);
                created = existing?.ETag is null ? created : await provider.UpdateAsync(created.Id, draft, existing.ETag, cancellationToken);
                if (!created.Done)
                {
                    throw new CalendarProviderException($"{provider.DisplayName}: the event for {row.Uid} exists but could not be taken over (it changed while being written); trying again later.", CalendarFault.Event);
                }
            }

            db.PushedEvents.Add(new PushedEventRow { AthleteId = row.AthleteId, Provider = provider.Name, Uid = row.Uid, RemoteId = created.Id, ETag = created.ETag, Sequence = draft.Entry.Sequence, StartLocal = draft.LocalStart });
            return false;
        }

        var updated = pushed.ETag is null
            ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, pushed.RemoteId, null)
            : await provider.UpdateAsync(pushed.RemoteId, draft, pushed.ETag, cancellationToken);
        if (!updated.Done)
        {
            // 412: the event changed on the provider since we wrote it. Read it; a move or a deletion by the athlete wins.
            var current = await provider.GetAsync(pushed.RemoteId, zone.Zone, cancellationToken);
            if (RecordAthleteChange(pushed, current))
            {
                return true;
            }

            // Changed otherwise (another client rewrote it): ours to restore, once. Never loop.
            updated = current!.ETag is null ? updated : await provider.UpdateAsync(pushed.RemoteId, draft, current.ETag, cancellationToken);
            if (!updated.Done)
            {
                throw new CalendarProviderException($"{provider.DisplayName}: the event for {row.Uid} changed again while being updated; trying again later.", CalendarFault.Event);
            }
        }

        (pushed.ETag, pushed.Sequence, pushed.StartLocal) = (updated.ETag, draft.Entry.Sequence, draft.LocalStart);
        return false;
    }

    private async Task<bool> DeleteAsync(ICalendarProvider provider, TimeZoneInfo zone, PushedEventRow pushed, CancellationToken cancellationToken)
    {
        var deleted = await provider.DeleteAsync(pushed.RemoteId, pushed.ETag, cancellationToken);
        if (!deleted.Done)
        {
            var current = await provider.GetAsync(pushed.RemoteId, zone, cancellationToken);
            if (current is not null && RecordAthleteChange(pushed, current))
            {
                return true; // The athlete moved a session the plan dropped: it is theirs now; the replan keeps it.
            }

            deleted = current is null ? deleted with { Outcome = RemoteWriteOutcome.Done } : await provider.DeleteAsync(pushed.RemoteId, current.ETag, cancellationToken);
            if (!deleted.Done)
            {
                throw new CalendarProviderException($"{provider.DisplayName}: the event for {pushed.Uid} changed again while being deleted; trying again later.", CalendarFault.Event);
            }
        }

        db.PushedEvents.Remove(pushed);
        return false;
    }

    /// <summary>Records a deletion (no event) or a move (another start than we wrote) by the athlete; false when neither.</summary>
    internal static bool RecordAthleteChange(PushedEventRow pushed, RemoteEvent? current)
    {
        if (current is null)
        {
            pushed.AthleteDeleted = true;
            return true;
        }

        if (current.LocalStart is { } start && start != (pushed.AthleteStartLocal ?? pushed.StartLocal))
        {
            (pushed.AthleteStartLocal, pushed.ETag) = (start, current.ETag);
            return true;
        }

        return false;
    }
}
