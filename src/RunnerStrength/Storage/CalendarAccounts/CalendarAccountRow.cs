namespace RunnerStrength.Storage.CalendarAccounts;

/// <summary>
/// One calendar provider of the athlete: for Google and Microsoft the OAuth tokens (encrypted), the calendar we
/// created there and the sync token; for every provider the connection's state and the last delivery.
/// </summary>
internal sealed class CalendarAccountRow
{
    public int AthleteId { get; set; }

    /// <summary>One of <see cref="Calendar.Providers.CalendarProviderNames"/>.</summary>
    public required string Provider { get; set; }

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The id of the calendar we created on the provider.</summary>
    public string? CalendarId { get; set; }

    /// <summary>The provider's token for "what changed since" (Google's nextSyncToken).</summary>
    public string? SyncToken { get; set; }

    /// <summary>Why the athlete must reconnect; null while connected.</summary>
    public string? DisconnectedReason { get; set; }

    /// <summary>The OAuth <c>state</c> of a connection in progress (a hash), and when it expires.</summary>
    public string? PendingStateHash { get; set; }

    public DateTimeOffset? PendingStateExpiresAt { get; set; }

    /// <summary>The PKCE code verifier of a connection in progress (encrypted).</summary>
    public string? ProtectedPendingVerifier { get; set; }

    /// <summary>The redirect URI the connection in progress gave the provider: the code exchange must repeat it.</summary>
    public string? PendingRedirectUri { get; set; }

    public DateTimeOffset? ConnectedAt { get; set; }

    /// <summary>When the provider last acknowledged a change.</summary>
    public DateTimeOffset? LastDeliveredAt { get; set; }

    /// <summary>Something the athlete should know that is not an error (e.g. "the calendar was deleted; made again").</summary>
    public string? Notice { get; set; }

    public bool Connected => DisconnectedReason is null && ProtectedRefreshToken is not null;
}
