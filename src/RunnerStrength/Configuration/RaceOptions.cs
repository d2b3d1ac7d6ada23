namespace RunnerStrength.Configuration;

/// <summary>One entry of <c>RunnerStrength:Races</c>, seeded into the store on first start.</summary>
internal sealed class RaceOptions
{
    /// <summary>Race day as <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; set; }

    public string? Name { get; set; }

    public double? DistanceKm { get; set; }

    /// <summary><c>A</c>, <c>B</c> or <c>C</c>; empty: by distance (marathon A, half B, shorter C).</summary>
    public string? Priority { get; set; }
}
