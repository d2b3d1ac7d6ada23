namespace RunnerStrength.Storage.Strength;

/// <summary>A strength session done: logged on the web page, or read from a Garmin strength activity.</summary>
internal sealed class StrengthLogRow
{
    public int Id { get; set; }

    public int AthleteId { get; set; }

    public DateOnly Date { get; set; }

    public required string Exercise { get; set; }

    /// <summary>The sets as JSON: reps, load (kg) and RPE each.</summary>
    public required string SetsJson { get; set; }

    public bool Failed { get; set; }

    public bool Pain { get; set; }

    /// <summary>Where the entry came from (<see cref="StrengthLogSource"/>), so an activity imported again is logged once.</summary>
    public required string Source { get; set; }
}
