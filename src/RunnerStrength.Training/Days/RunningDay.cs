namespace RunnerStrength.Training.Days;

/// <summary>What a day held (or will hold) for running, as the plan prints it.</summary>
public enum RunningDay
{
    /// <summary>No running.</summary>
    Rest,

    /// <summary>Only easy running.</summary>
    Easy,

    /// <summary>A key session.</summary>
    Key,

    /// <summary>Nothing recorded for a past day (rule 35): neither rest nor easy for spacing.</summary>
    Unknown,
}
