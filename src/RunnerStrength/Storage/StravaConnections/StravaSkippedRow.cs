namespace RunnerStrength.Storage.StravaConnections;

/// <summary>An activity whose details could not be read: recorded once, reported, not retried forever.</summary>
internal sealed class StravaSkippedRow
{
    public int AthleteId { get; set; }

    public long StravaId { get; set; }

    public required string Reason { get; set; }
}
