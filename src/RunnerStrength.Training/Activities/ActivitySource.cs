namespace RunnerStrength.Training.Activities;

/// <summary>Where an activity came from.</summary>
public enum ActivitySource
{
    /// <summary>The Strava API.</summary>
    Strava,

    /// <summary>A FIT file from a watch or bike computer.</summary>
    Fit,
}
