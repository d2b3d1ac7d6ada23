namespace RunnerStrength.Strava.Auth;

/// <summary>The athlete's current tokens. The refresh token may change on every refresh (rotation).</summary>
public sealed record StravaTokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);
