namespace RunnerStrength.Configuration;

/// <summary>The athlete's own data as configuration gives it, read once to seed an empty store. Section <c>RunnerStrength</c>.</summary>
internal sealed class SeedOptions
{
    public AthleteOptions Athlete { get; set; } = new();

    public List<RaceOptions> Races { get; set; } = [];
}
