namespace RunnerStrength.Strava.Auth;

/// <summary>Where the tokens live (encrypted, in the executable's store).</summary>
public interface IStravaTokenStore
{
    /// <summary>The tokens, or null when the athlete is not connected (or must reconnect).</summary>
    Task<StravaTokenSet?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Persists rotated tokens; called before the new access token is used.</summary>
    Task SaveAsync(StravaTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>Puts the athlete in the "disconnected: reconnect" state; syncing stops until they reconnect.</summary>
    Task MarkDisconnectedAsync(string reason, CancellationToken cancellationToken);
}
