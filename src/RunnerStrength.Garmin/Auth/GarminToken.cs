namespace RunnerStrength.Garmin.Auth;

/// <summary>A bearer token from the key exchange and when it stops working.</summary>
public sealed record GarminToken(string AccessToken, DateTimeOffset ExpiresAt);
