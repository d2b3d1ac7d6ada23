namespace RunnerStrength.Strava.Sync;

/// <summary>A Strava run already in the store: its id and start.</summary>
public sealed record StoredRun(long StravaId, DateTimeOffset Start);
