namespace RunnerStrength.Calendar.Providers;

/// <summary>
/// One calendar the sessions are delivered to, as the delivery engine sees it: a calendar of our own on the
/// provider, whose events carry our session UIDs. Writes are conditional (an event we did not last write is
/// never overwritten blindly); the engine decides what a refused write means (the athlete's move, a deletion,
/// another client's edit). Faults come as <see cref="CalendarProviderException"/>.
/// </summary>
public interface ICalendarProvider
{
    /// <summary>One of <see cref="CalendarProviderNames"/>: the outbox's and the store's key.</summary>
    string Name { get; }

    /// <summary>What a runner calls it, e.g. "Google Calendar".</summary>
    string DisplayName { get; }

    /// <summary>The settings name a server or an application; an OAuth provider still needs connecting.</summary>
    bool Configured { get; }

    /// <summary>Configured and, for an OAuth provider, connected and not refused since: changes are queued for it.</summary>
    Task<bool> ReadyAsync(CancellationToken cancellationToken);

    /// <summary>Creates the session's event; never a second copy: an event already there under the session's id answers <see cref="RemoteWriteOutcome.PreconditionFailed"/> with its id.</summary>
    Task<RemoteWrite> CreateAsync(EventDraft draft, CancellationToken cancellationToken);

    /// <summary>The event as the provider holds it now; null when it is gone (deleted, or cancelled on Google).</summary>
    Task<RemoteEvent?> GetAsync(string id, TimeZoneInfo zone, CancellationToken cancellationToken);

    /// <summary>Replaces the event if it is still the version <paramref name="etag"/>; otherwise <see cref="RemoteWriteOutcome.PreconditionFailed"/>.</summary>
    Task<RemoteWrite> UpdateAsync(string id, EventDraft draft, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes the event if it is still the version <paramref name="etag"/> (any version when null); an event already gone counts as deleted.</summary>
    Task<RemoteWrite> DeleteAsync(string id, string? etag, CancellationToken cancellationToken);

    /// <summary>Our events between <paramref name="from"/> and <paramref name="until"/>, or what changed since the last listing where the provider can say so.</summary>
    Task<RemoteListing> ListAsync(DateTimeOffset from, DateTimeOffset until, TimeZoneInfo zone, CancellationToken cancellationToken);

    /// <summary>Forgets what it remembered of the calendar (after a fault), so the next call looks again.</summary>
    void Forget();
}
