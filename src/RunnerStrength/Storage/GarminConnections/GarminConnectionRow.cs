namespace RunnerStrength.Storage.GarminConnections;

/// <summary>The athlete's Garmin connection: the key from <c>garmin connect</c> and the token (encrypted), the key's state, and the pull cursor.</summary>
internal sealed class GarminConnectionRow
{
    public int AthleteId { get; set; }

    /// <summary>The key given with <c>garmin connect</c>; null when the key comes from configuration.</summary>
    public string? ProtectedKey { get; set; }

    /// <summary>The day that key expires, if the athlete said.</summary>
    public DateOnly? KeyExpires { get; set; }

    public string? ProtectedToken { get; set; }

    public DateTimeOffset? TokenExpiresAt { get; set; }

    /// <summary>Why Garmin refused the key ("disconnected: new key needed"); null while it works.</summary>
    public string? RefusedReason { get; set; }

    /// <summary>A short hash of the refused key: a different key (new configuration) is tried again, the same one is not.</summary>
    public string? RefusedKeyHash { get; set; }

    /// <summary>The pull cursor as JSON.</summary>
    public string CursorJson { get; set; } = "{}";

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>How the last pull ended, in words, for the dashboard and <c>garmin status</c>.</summary>
    public string? LastOutcome { get; set; }

    public DateTimeOffset? WaitingUntil { get; set; }
}
