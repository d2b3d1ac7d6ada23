namespace RunnerStrength.Storage.GarminConnections;

/// <summary>A Garmin activity already downloaded (or found unreadable): no activity is downloaded twice.</summary>
internal sealed class GarminActivityRow
{
    public int AthleteId { get; set; }

    public long GarminId { get; set; }

    /// <summary>The FIT activity it became (<c>fit:HASH</c>'s hash), or null when it was skipped.</summary>
    public string? FitHash { get; set; }

    /// <summary>Why it was skipped; null when imported.</summary>
    public string? SkippedReason { get; set; }
}
