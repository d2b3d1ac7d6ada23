namespace RunnerStrength.Storage.Races;

internal sealed class RaceRow
{
    public int Id { get; set; }

    public int AthleteId { get; set; }

    public DateOnly Date { get; set; }

    public required string Name { get; set; }

    public double? DistanceKm { get; set; }

    /// <summary>A, B or C.</summary>
    public required string Priority { get; set; }
}
