using System.Xml;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.Calendar.Rendering;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>
/// The configured CalDAV server as a delivery target: a session is a calendar object resource named after its
/// UID in our own calendar, created with If-None-Match and replaced or deleted with If-Match.
/// </summary>
public sealed class CalDavProvider(CalDavConnection connection) : ICalendarProvider
{
    public string Name => CalendarProviderNames.CalDav;

    public string DisplayName => "CalDAV";

    public bool Configured => connection.Enabled;

    public Task<bool> ReadyAsync(CancellationToken cancellationToken) => Task.FromResult(connection.Enabled);

    public Task<RemoteWrite> CreateAsync(EventDraft draft, CancellationToken cancellationToken) =>
        RunAsync(async (client, calendar) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            var href = EventResource.For(calendar, draft.Uid);
            return Map(href, await client.CreateAsync(href, Render(draft), cancellationToken));
        }, cancellationToken);

    public Task<RemoteEvent?> GetAsync(string id, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        RunAsync(async (client, _) => Read(await client.GetAsync(new Uri(id), cancellationToken), zone), cancellationToken);

    public Task<RemoteWrite> UpdateAsync(string id, EventDraft draft, string etag, CancellationToken cancellationToken) =>
        RunAsync(async (client, _) => Map(new Uri(id), await client.UpdateAsync(new Uri(id), Render(draft), etag, cancellationToken)), cancellationToken);

    public Task<RemoteWrite> DeleteAsync(string id, string? etag, CancellationToken cancellationToken) =>
        RunAsync(async (client, _) => Map(new Uri(id), await client.DeleteAsync(new Uri(id), etag, cancellationToken)), cancellationToken);

    public Task<RemoteListing> ListAsync(DateTimeOffset from, DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        RunAsync(async (client, calendar) =>
        {
            var found = await client.QueryAsync(calendar, from, until, cancellationToken);
            var ours = found.Select(r => Read(r, zone)).OfType<RemoteEvent>().Where(e => OurEvents.Carries(e.Uid)).ToList();
            return new RemoteListing(ours, [], Complete: true);
        }, cancellationToken);

    public void Forget() => connection.Forget();

    private static string Render(EventDraft draft) =>
        IcsRenderer.RenderEvent(draft.Entry, new CalendarRenderOptions(draft.TimeZoneId), draft.Stamp);

    private static RemoteWrite Map(Uri href, CalDavWrite write) =>
        new(write.Done ? RemoteWriteOutcome.Done : RemoteWriteOutcome.PreconditionFailed, href.AbsoluteUri, write.ETag);

    private static RemoteEvent? Read(CalDavResource? resource, TimeZoneInfo zone)
    {
        if (resource is null)
        {
            return null;
        }

        // There but unreadable (no data sent, or data we cannot parse): not a deletion, and no move we can see.
        var read = resource.CalendarData is { } data ? ServerEvent.Read(data, zone) : null;
        return new RemoteEvent(resource.Href.AbsoluteUri, resource.ETag, read?.Uid ?? "", read?.LocalStart, read?.Sequence ?? -1);
    }

    // The server's faults as the engine knows them: a refused event goes on its own; no answer, a refused
    // login or an answer we cannot read holds every change for this server.
    private async Task<T> RunAsync<T>(Func<CalDavClient, Uri, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var client = connection.Client();
            return await call(client, await connection.CalendarAsync(client, cancellationToken));
        }
        catch (CalDavException e) when (!e.IsAuthentication && e.Status is not null)
        {
            throw new CalendarProviderException(e.Message, CalendarFault.Event, innerException: e);
        }
        catch (Exception e) when (e is CalDavException or HttpRequestException or XmlException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            connection.Forget();
            throw new CalendarProviderException(e is TaskCanceledException ? "The calendar server did not answer in time." : e.Message, CalendarFault.Unavailable, innerException: e);
        }
    }
}
