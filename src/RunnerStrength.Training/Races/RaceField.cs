namespace RunnerStrength.Training.Races;

/// <summary>A field of a race as entered, for naming it in a problem.</summary>
public enum RaceField
{
    Date,
    Name,
    Distance,
    Priority,
}
