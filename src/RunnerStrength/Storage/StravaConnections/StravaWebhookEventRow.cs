namespace RunnerStrength.Storage.StravaConnections;

/// <summary>
/// A Strava webhook event waiting for its job, one per object however often it was posted (the job reads Strava's
/// current state, so later events add nothing). Kept in the store so a restart does not drop it.
/// </summary>
internal sealed class StravaWebhookEventRow
{
    public int AthleteId { get; set; }

    public long ObjectId { get; set; }

    public required string ObjectType { get; set; }

    /// <summary>The latest aspect posted: create, update or delete.</summary>
    public required string AspectType { get; set; }

    /// <summary>Once an event said the athlete revoked access, it stays said until handled.</summary>
    public bool Deauthorized { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
