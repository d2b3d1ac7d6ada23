using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.Google;

/// <summary>
/// Google Calendar (API v3) as a delivery target. Sessions go to a calendar of our own (made once, made again
/// if the athlete deleted it); each event's id is chosen from the session UID, so a retried insert meets its
/// own event (409) rather than making a second; updates and deletions carry If-Match with the last etag.
/// Reconcile reads what changed with the sync token (a 410 asks for a full listing).
/// </summary>
public sealed class GoogleCalendarProvider(IServiceProvider services, IOptions<GoogleCalendarOptions> options, ICalendarAccountStore store, GoogleFaults faults) : ICalendarProvider
{
    // Resolved on the first call: building the Refit client and its HTTP pipeline costs start-up time, and a
    // provider that is configured but not connected is asked only whether it is ready.
    private IGoogleCalendarApi? _api;

    private IGoogleCalendarApi Api => _api ??= services.GetRequiredService<IGoogleCalendarApi>();

    public string Name => CalendarProviderNames.Google;

    public string DisplayName => "Google Calendar";

    public bool Configured => options.Value.Configured;

    public async Task<bool> ReadyAsync(CancellationToken cancellationToken) =>
        Configured && await store.ConnectedAsync(Name, cancellationToken);

    public Task<RemoteWrite> CreateAsync(EventDraft draft, CancellationToken cancellationToken) => GoogleFaults.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(draft);
        var calendar = await CalendarAsync(cancellationToken);
        var id = GoogleEventId.For(draft.Uid);
        var inserted = await Api.InsertEventAsync(calendar, GoogleEventMapping.ToEvent(draft) with { Id = id }, cancellationToken);
        if (inserted.IsSuccessful)
        {
            return new RemoteWrite(RemoteWriteOutcome.Done, id, inserted.Content!.ETag);
        }

        if (inserted.StatusCode != HttpStatusCode.Conflict)
        {
            throw await FaultAsync(inserted, calendar, "creating an event", cancellationToken);
        }

        // The id is taken: our own earlier insert (answer lost), or an event we deleted, which Google keeps as cancelled.
        var existing = await Api.GetEventAsync(calendar, id, cancellationToken);
        if (!existing.IsSuccessful)
        {
            throw await FaultAsync(existing, calendar, "reading an event", cancellationToken);
        }

        if (existing.Content!.Status != "cancelled")
        {
            return new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, existing.Content.ETag);
        }

        var revived = await Api.UpdateEventAsync(calendar, id, existing.Content.ETag, GoogleEventMapping.ToEvent(draft), cancellationToken);
        return revived.IsSuccessful
            ? new RemoteWrite(RemoteWriteOutcome.Done, id, revived.Content!.ETag)
            : revived.StatusCode == HttpStatusCode.PreconditionFailed
                ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, null)
                : throw await FaultAsync(revived, calendar, "restoring an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteEvent?> GetAsync(string id, TimeZoneInfo zone, CancellationToken cancellationToken) => GoogleFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var read = await Api.GetEventAsync(calendar, id, cancellationToken);
        if (read.IsSuccessful)
        {
            return GoogleEventMapping.Read(read.Content!, zone);
        }

        return read.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone && !await CalendarLostAsync(calendar, cancellationToken)
            ? null
            : throw await FaultAsync(read, calendar, "reading an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteWrite> UpdateAsync(string id, EventDraft draft, string etag, CancellationToken cancellationToken) => GoogleFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var updated = await Api.UpdateEventAsync(calendar, id, etag, GoogleEventMapping.ToEvent(draft), cancellationToken);
        if (updated.IsSuccessful)
        {
            return new RemoteWrite(RemoteWriteOutcome.Done, id, updated.Content!.ETag);
        }

        return updated.StatusCode is HttpStatusCode.PreconditionFailed
               || (updated.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone && !await CalendarLostAsync(calendar, cancellationToken))
            ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, null)
            : throw await FaultAsync(updated, calendar, "updating an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteWrite> DeleteAsync(string id, string? etag, CancellationToken cancellationToken) => GoogleFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var deleted = await Api.DeleteEventAsync(calendar, id, etag, cancellationToken);
        if (deleted.IsSuccessful || deleted.StatusCode is HttpStatusCode.Gone || (deleted.StatusCode is HttpStatusCode.NotFound && !await CalendarLostAsync(calendar, cancellationToken)))
        {
            return new RemoteWrite(RemoteWriteOutcome.Done, id, null); // 410: deleted already
        }

        return deleted.StatusCode == HttpStatusCode.PreconditionFailed
            ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, null)
            : throw await FaultAsync(deleted, calendar, "deleting an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteListing> ListAsync(DateTimeOffset from, DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken) => GoogleFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var syncToken = await store.SyncTokenAsync(Name, cancellationToken);
        var (events, gone, next) = (new List<RemoteEvent>(), new List<string>(), (string?)null);
        string? page = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var listed = await Api.ListEventsAsync(calendar, syncToken, page, 250, cancellationToken);
            if (listed.StatusCode == HttpStatusCode.Gone && syncToken is not null)
            {
                // The sync token expired: start again with a full listing (the events, not the token, are the truth).
                (syncToken, page) = (null, null);
                events.Clear();
                gone.Clear();
                seen.Clear();
                continue;
            }

            if (!listed.IsSuccessful)
            {
                throw await FaultAsync(listed, calendar, "listing events", cancellationToken);
            }

            foreach (var item in listed.Content!.Items ?? [])
            {
                if (item.Status == "cancelled" && item.Id is not null)
                {
                    gone.Add(item.Id);
                }
                else if (GoogleEventMapping.Read(item, zone) is { } ours)
                {
                    events.Add(ours);
                }
            }

            (page, next) = (listed.Content.NextPageToken, listed.Content.NextSyncToken);
            if (page is null)
            {
                break;
            }

            if (!seen.Add(page))
            {
                // A page token that leads back to a page already read would page for ever.
                throw new CalendarProviderException("Google Calendar's event listing sent back a page it had already sent; trying again later.", CalendarFault.Unavailable);
            }
        }

        await store.SaveSyncTokenAsync(Name, next, cancellationToken);
        return new RemoteListing(events, gone, Complete: syncToken is null);
    }, cancellationToken);

    /// <summary>Nothing is remembered here: the calendar's id is read from the store on each call.</summary>
    public void Forget()
    {
    }

    /// <summary>Our calendar's id, from the store, or made now (once; the id is kept in the store).</summary>
    private async Task<string> CalendarAsync(CancellationToken cancellationToken)
    {
        var stored = await store.CalendarIdAsync(Name, cancellationToken);
        return stored ?? await MakeCalendarAsync(replacedLost: false, cancellationToken);
    }

    private async Task<string> MakeCalendarAsync(bool replacedLost, CancellationToken cancellationToken)
    {
        var made = await Api.InsertCalendarAsync(new GoogleCalendarResource { Summary = options.Value.CalendarName }, cancellationToken);
        if (!made.IsSuccessful || made.Content?.Id is not { Length: > 0 } id)
        {
            throw await faults.FaultAsync(made, "making the calendar", cancellationToken);
        }

        await store.SaveCalendarIdAsync(Name, id, replacedLost, cancellationToken);
        return id;
    }

    /// <summary>
    /// After a 404: is it our calendar that is gone (the athlete deleted it)? Then one is made again, and the
    /// events are delivered to it afresh (the store queues them); the call at hand fails so nothing is read
    /// from an empty calendar as "deleted by the athlete".
    /// </summary>
    private async Task<bool> CalendarLostAsync(string calendar, CancellationToken cancellationToken)
    {
        var check = await Api.GetCalendarAsync(calendar, cancellationToken);
        if (check.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Gone))
        {
            return false;
        }

        await MakeCalendarAsync(replacedLost: true, cancellationToken);
        throw new CalendarProviderException(
            $"The '{options.Value.CalendarName}' calendar was deleted in Google Calendar; it was made again and every coming session is delivered to it.", CalendarFault.Unavailable);
    }

    private async Task<CalendarProviderException> FaultAsync(IApiResponse response, string calendar, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            await CalendarLostAsync(calendar, cancellationToken);
        }

        return await faults.FaultAsync(response, what, cancellationToken);
    }
}
