namespace RunnerStrength.Training.Activities;

/// <summary>The kinds of activity the planner tells apart.</summary>
public enum Sport
{
    /// <summary>Road, trail, track, treadmill or virtual running.</summary>
    Run,

    /// <summary>Cycling of any kind.</summary>
    Ride,

    /// <summary>Swimming.</summary>
    Swim,

    /// <summary>Walking.</summary>
    Walk,

    /// <summary>Hiking.</summary>
    Hike,

    /// <summary>Strength training (a Garmin strength activity, or a logged session).</summary>
    Strength,

    /// <summary>Anything else.</summary>
    Other,
}
