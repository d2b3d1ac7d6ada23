namespace RunnerStrength.Training.Classification;

/// <summary>What a session was, in the names the output uses (training-rules.md, section 8).</summary>
public enum ActivityKind
{
    /// <summary>Repeats: key.</summary>
    Interval,

    /// <summary>Threshold work: key.</summary>
    Tempo,

    /// <summary>The long run: key.</summary>
    LongRun,

    /// <summary>A race: key.</summary>
    Race,

    /// <summary>Key by effort evidence alone (RPE, training effect, a workout name).</summary>
    Hard,

    /// <summary>Everything else that is running.</summary>
    Easy,

    /// <summary>A strength session.</summary>
    Strength,

    /// <summary>Not running, and not hard enough to count for spacing.</summary>
    Other,
}
