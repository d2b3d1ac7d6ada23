using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar.Microsoft;

/// <summary>
/// Outlook and Microsoft 365 through Microsoft Graph v1.0 as a delivery target. Sessions go to a calendar of
/// our own; Graph chooses event ids, so our UID rides in an extended property: a create first looks for an
/// event already carrying it (an earlier attempt whose answer was lost), and sends a transactionId so Graph
/// itself drops a repeated create. Updates are PATCHes with If-Match; throttling (429) is waited out as
/// Retry-After asks. Reconcile lists the window (calendarView), paging by the next link.
/// </summary>
public sealed class MicrosoftCalendarProvider(IServiceProvider services, IOptions<MicrosoftCalendarOptions> options, ICalendarAccountStore store, GraphFaults faults) : ICalendarProvider
{
    // Resolved on the first call (see GoogleCalendarProvider).
    private IGraphCalendarApi? _api;

    private IGraphCalendarApi Api => _api ??= services.GetRequiredService<IGraphCalendarApi>();

    public string Name => CalendarProviderNames.Microsoft;

    public string DisplayName => "Outlook";

    public bool Configured => options.Value.Configured;

    public async Task<bool> ReadyAsync(CancellationToken cancellationToken) =>
        Configured && await store.ConnectedAsync(Name, cancellationToken);

    public Task<RemoteWrite> CreateAsync(EventDraft draft, CancellationToken cancellationToken) => GraphFaults.GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(draft);
        var calendar = await CalendarAsync(cancellationToken);
        var found = await Api.FindEventsAsync(calendar, GraphEventMapping.FilterFor(draft.Uid), GraphEventMapping.Expand, cancellationToken);
        if (!found.IsSuccessful)
        {
            throw await FaultAsync(found, calendar, "looking for an event", cancellationToken);
        }

        if (found.Content!.Value?.FirstOrDefault(e => e.IsCancelled != true && e.Id is not null) is { } existing)
        {
            return new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, existing.Id!, existing.ETag);
        }

        var body = GraphEventMapping.ToEvent(draft) with { TransactionId = TransactionId(draft) };
        var created = await Api.CreateEventAsync(calendar, body, cancellationToken);
        return created.IsSuccessful && created.Content?.Id is { } id
            ? new RemoteWrite(RemoteWriteOutcome.Done, id, created.Content.ETag)
            : throw await FaultAsync(created, calendar, "creating an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteEvent?> GetAsync(string id, TimeZoneInfo zone, CancellationToken cancellationToken) => GraphFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var read = await Api.GetEventAsync(id, GraphEventMapping.Expand, cancellationToken);
        if (read.IsSuccessful)
        {
            return GraphEventMapping.Read(read.Content!, zone);
        }

        return read.StatusCode == HttpStatusCode.NotFound && !await CalendarLostAsync(calendar, cancellationToken)
            ? null
            : throw await FaultAsync(read, calendar, "reading an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteWrite> UpdateAsync(string id, EventDraft draft, string etag, CancellationToken cancellationToken) => GraphFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var updated = await Api.UpdateEventAsync(id, etag, GraphEventMapping.ToEvent(draft), cancellationToken);
        if (updated.IsSuccessful)
        {
            return new RemoteWrite(RemoteWriteOutcome.Done, id, updated.Content!.ETag);
        }

        return updated.StatusCode is HttpStatusCode.PreconditionFailed
               || (updated.StatusCode == HttpStatusCode.NotFound && !await CalendarLostAsync(calendar, cancellationToken))
            ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, null)
            : throw await FaultAsync(updated, calendar, "updating an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteWrite> DeleteAsync(string id, string? etag, CancellationToken cancellationToken) => GraphFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var deleted = await Api.DeleteEventAsync(id, etag, cancellationToken);
        if (deleted.IsSuccessful || (deleted.StatusCode == HttpStatusCode.NotFound && !await CalendarLostAsync(calendar, cancellationToken)))
        {
            return new RemoteWrite(RemoteWriteOutcome.Done, id, null);
        }

        return deleted.StatusCode == HttpStatusCode.PreconditionFailed
            ? new RemoteWrite(RemoteWriteOutcome.PreconditionFailed, id, null)
            : throw await FaultAsync(deleted, calendar, "deleting an event", cancellationToken);
    }, cancellationToken);

    public Task<RemoteListing> ListAsync(DateTimeOffset from, DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken) => GraphFaults.GuardAsync(async () =>
    {
        var calendar = await CalendarAsync(cancellationToken);
        var events = new List<RemoteEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? skip = null;
        do
        {
            var page = await Api.CalendarViewAsync(calendar, Iso(from), Iso(until), GraphEventMapping.Expand, 100, skip, cancellationToken);
            if (!page.IsSuccessful)
            {
                throw await FaultAsync(page, calendar, "listing events", cancellationToken);
            }

            events.AddRange((page.Content!.Value ?? []).Select(e => GraphEventMapping.Read(e, zone)).OfType<RemoteEvent>());
            skip = SkipToken(page.Content.NextLink);
            if (skip is not null && !seen.Add(skip))
            {
                // A next link that leads back to a page already read would page for ever.
                throw new CalendarProviderException("Outlook's event listing sent back a page it had already sent; trying again later.", CalendarFault.Unavailable);
            }
        }
        while (skip is not null);

        return new RemoteListing(events, [], Complete: true);
    }, cancellationToken);

    /// <summary>Nothing is remembered here: the calendar's id is read from the store on each call.</summary>
    public void Forget()
    {
    }

    // The same version of the same session is one transaction; a new version (after a deletion) is another.
    private static string TransactionId(EventDraft draft) => $"{draft.Uid}#{draft.Entry.Sequence.ToString(CultureInfo.InvariantCulture)}";

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The <c>$skiptoken</c> of Graph's next link (the rest of it repeats our own query).</summary>
    private static string? SkipToken(string? nextLink)
    {
        if (nextLink is null || !Uri.TryCreate(nextLink, UriKind.Absolute, out var next))
        {
            return null;
        }

        var pair = next.Query.TrimStart('?').Split('&').FirstOrDefault(p => p.StartsWith("$skiptoken=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase));
        return pair is null ? null : Uri.UnescapeDataString(pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>Our calendar's id, from the store, or made now (once; the id is kept in the store).</summary>
    private async Task<string> CalendarAsync(CancellationToken cancellationToken)
    {
        var stored = await store.CalendarIdAsync(Name, cancellationToken);
        return stored ?? await MakeCalendarAsync(replacedLost: false, cancellationToken);
    }

    private async Task<string> MakeCalendarAsync(bool replacedLost, CancellationToken cancellationToken)
    {
        var name = options.Value.CalendarName;
        var made = await Api.CreateCalendarAsync(new GraphCalendar { Name = name }, cancellationToken);
        if (made.StatusCode == HttpStatusCode.Conflict)
        {
            // Ours from before (this store lost its id, or a reconnection): Graph keeps names unique, so it is that one.
            var found = await Api.FindCalendarsAsync($"name eq '{name.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
            if (found.IsSuccessful && found.Content?.Value?.FirstOrDefault()?.Id is { Length: > 0 } existing)
            {
                await store.SaveCalendarIdAsync(Name, existing, replacedLost, cancellationToken);
                return existing;
            }
        }

        if (!made.IsSuccessful || made.Content?.Id is not { Length: > 0 } id)
        {
            throw await faults.FaultAsync(made, "making the calendar", cancellationToken);
        }

        await store.SaveCalendarIdAsync(Name, id, replacedLost, cancellationToken);
        return id;
    }

    // After a 404: our calendar deleted by the athlete? Made again; the call at hand fails (see Google).
    private async Task<bool> CalendarLostAsync(string calendar, CancellationToken cancellationToken)
    {
        var check = await Api.GetCalendarAsync(calendar, cancellationToken);
        if (check.StatusCode != HttpStatusCode.NotFound)
        {
            return false;
        }

        await MakeCalendarAsync(replacedLost: true, cancellationToken);
        throw new CalendarProviderException(
            $"The '{options.Value.CalendarName}' calendar was deleted in Outlook; it was made again and every coming session is delivered to it.", CalendarFault.Unavailable);
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
