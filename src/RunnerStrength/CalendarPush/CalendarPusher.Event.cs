using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Storage.Publishing;

namespace RunnerStrength.CalendarPush;

internal sealed partial class CalendarPusher
{
    /// <summary>Brings one event in line with the plan; true when it found the athlete had moved or deleted it.</summary>
    private async Task<bool> DeliverOneAsync(EventSide side, OutboxRow row, CancellationToken cancellationToken)
    {
        var published = await db.PublishedEvents.FindAsync([row.AthleteId, row.Uid], cancellationToken);
        var pushed = await db.PushedEvents.FindAsync([row.AthleteId, row.Uid], cancellationToken);
        if (published is null || pushed?.AthleteDeleted == true)
        {
            return false; // Nothing to show, or the athlete deleted it: not pushed again that week.
        }

        var entry = PublishedEvents.Entry(published);
        if (entry.Cancelled)
        {
            return pushed is not null && await DeleteAsync(side, pushed, cancellationToken);
        }

        var ics = IcsRenderer.RenderEvent(entry, new CalendarRenderOptions(side.TimeZoneId), time.GetUtcNow());
        var start = entry.Session.Date.ToDateTime(entry.Session.StartLocal);
        if (pushed is null)
        {
            var href = EventResource.For(side.Calendar, row.Uid);
            var created = await side.Client.CreateAsync(href, ics, cancellationToken);
            if (!created.Done)
            {
                // Already there under our name and UID: an earlier attempt whose answer was lost. Take it over.
                var existing = await side.Client.GetAsync(href, cancellationToken);
                created = existing?.ETag is null ? created : await side.Client.UpdateAsync(href, ics, existing.ETag, cancellationToken);
                if (!created.Done)
                {
                    throw new CalDavException($"{href} exists but could not be taken over (it changed while being written); trying again later.", System.Net.HttpStatusCode.PreconditionFailed);
                }
            }

            db.PushedEvents.Add(new PushedEventRow { AthleteId = row.AthleteId, Uid = row.Uid, Href = href.AbsoluteUri, ETag = created.ETag, Sequence = entry.Sequence, StartLocal = start });
            return false;
        }

        var target = new Uri(pushed.Href);
        var updated = pushed.ETag is null
            ? new CalDavWrite(CalDavWriteOutcome.PreconditionFailed, null)
            : await side.Client.UpdateAsync(target, ics, pushed.ETag, cancellationToken);
        if (!updated.Done)
        {
            // 412: the event changed on the server since we wrote it. Read it; a move or a deletion by the athlete wins.
            var current = await side.Client.GetAsync(target, cancellationToken);
            if (RecordAthleteChange(pushed, current, side.Zone))
            {
                return true;
            }

            // Changed otherwise (another client rewrote it): ours to restore, once. Never loop.
            updated = await side.Client.UpdateAsync(target, ics, current!.ETag!, cancellationToken);
            if (!updated.Done)
            {
                throw new CalDavException($"{target} changed again while being updated; trying again later.", System.Net.HttpStatusCode.PreconditionFailed);
            }
        }

        (pushed.ETag, pushed.Sequence, pushed.StartLocal) = (updated.ETag, entry.Sequence, start);
        return false;
    }

    private async Task<bool> DeleteAsync(EventSide side, PushedEventRow pushed, CancellationToken cancellationToken)
    {
        var target = new Uri(pushed.Href);
        var deleted = await side.Client.DeleteAsync(target, pushed.ETag, cancellationToken);
        if (!deleted.Done)
        {
            var current = await side.Client.GetAsync(target, cancellationToken);
            if (current is not null && RecordAthleteChange(pushed, current, side.Zone))
            {
                return true; // The athlete moved a session the plan dropped: it is theirs now; the replan keeps it.
            }

            deleted = current is null ? deleted with { Outcome = CalDavWriteOutcome.Done } : await side.Client.DeleteAsync(target, current.ETag, cancellationToken);
            if (!deleted.Done)
            {
                throw new CalDavException($"{target} changed again while being deleted; trying again later.", System.Net.HttpStatusCode.PreconditionFailed);
            }
        }

        db.PushedEvents.Remove(pushed);
        return false;
    }

    /// <summary>Records a deletion (no event) or a move (another start than we wrote) by the athlete; false when neither.</summary>
    internal static bool RecordAthleteChange(PushedEventRow pushed, CalDavResource? current, TimeZoneInfo zone)
    {
        if (current is null)
        {
            pushed.AthleteDeleted = true;
            return true;
        }

        var start = current.CalendarData is { } data ? ServerEvent.Read(data, zone)?.LocalStart : null;
        if (start is { } moved && moved != (pushed.AthleteStartLocal ?? pushed.StartLocal))
        {
            (pushed.AthleteStartLocal, pushed.ETag) = (moved, current.ETag);
            return true;
        }

        return false;
    }
}
