namespace RunnerStrength.Calendar.OAuth;

/// <summary>
/// Where the host keeps what an OAuth calendar provider learns at run time (tokens encrypted, the calendar we
/// made, the sync token), per provider name. Called from any job, so each call stands alone.
/// </summary>
public interface ICalendarAccountStore
{
    /// <summary>Whether the provider is connected (tokens stored, not refused), without decrypting anything: asked on every publication.</summary>
    Task<bool> ConnectedAsync(string provider, CancellationToken cancellationToken);

    /// <summary>The tokens, or null when the provider is not connected (or must be reconnected).</summary>
    Task<OAuthTokenSet?> LoadTokensAsync(string provider, CancellationToken cancellationToken);

    Task SaveTokensAsync(string provider, OAuthTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>The authorization is gone: nothing more is sent until the athlete reconnects; <paramref name="reason"/> says why and what to do.</summary>
    Task MarkDisconnectedAsync(string provider, string reason, CancellationToken cancellationToken);

    Task<string?> CalendarIdAsync(string provider, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the id of the calendar we made. <paramref name="replacedLost"/>: it replaces one the athlete deleted,
    /// so every event we had there is gone and is delivered again.
    /// </summary>
    Task SaveCalendarIdAsync(string provider, string calendarId, bool replacedLost, CancellationToken cancellationToken);

    Task<string?> SyncTokenAsync(string provider, CancellationToken cancellationToken);

    Task SaveSyncTokenAsync(string provider, string? syncToken, CancellationToken cancellationToken);
}
