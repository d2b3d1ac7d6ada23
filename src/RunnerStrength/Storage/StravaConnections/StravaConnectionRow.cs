namespace RunnerStrength.Storage.StravaConnections;

/// <summary>The athlete's Strava connection: tokens (encrypted), what was granted, the state, and the sync cursor.</summary>
internal sealed class StravaConnectionRow
{
    public int AthleteId { get; set; }

    public long? StravaAthleteId { get; set; }

    public string? ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The scopes the athlete left ticked, comma-separated (the token answer does not repeat them).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>Why the athlete must reconnect; null while connected.</summary>
    public string? DisconnectedReason { get; set; }

    /// <summary>The OAuth <c>state</c> of a connection in progress (a hash), and when it expires.</summary>
    public string? PendingStateHash { get; set; }

    public DateTimeOffset PendingStateExpiresAt { get; set; }

    /// <summary>The sync cursor as JSON.</summary>
    public string CursorJson { get; set; } = "{}";

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>How the last sync pass ended, in words, for the dashboard and <c>strava status</c>.</summary>
    public string? LastOutcome { get; set; }

    public DateTimeOffset? WaitingUntil { get; set; }

    /// <summary>Our push subscription's id, learnt when it is ensured at start: an event naming another is not Strava's to us.</summary>
    public long? WebhookSubscriptionId { get; set; }
}
