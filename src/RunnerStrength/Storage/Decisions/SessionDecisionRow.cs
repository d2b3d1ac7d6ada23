namespace RunnerStrength.Storage.Decisions;

/// <summary>What the athlete decided about a planned session on the web page or the command line: skipped, or moved to a day and time.</summary>
internal sealed class SessionDecisionRow
{
    public int AthleteId { get; set; }

    public required string Uid { get; set; }

    public bool Skipped { get; set; }

    /// <summary>The local day and time it was moved to; null when skipped.</summary>
    public DateTime? MovedToLocal { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
