namespace RunnerStrength.Calendar.OAuth;

/// <summary>An athlete's tokens for one provider.</summary>
public sealed record OAuthTokenSet(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);
