namespace RunnerStrength.Strava.Auth;

/// <summary>What the athlete granted on Strava's page: a single-use code, and the scopes they left ticked.</summary>
public sealed record StravaGrant(string Code, IReadOnlyList<string> Scopes);
