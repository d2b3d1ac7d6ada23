namespace RunnerStrength.Training.Classification;

/// <summary>How sure a classification is (training-rules.md, section 1.5).</summary>
public enum Confidence
{
    /// <summary>User flags, calendar races, workout structure.</summary>
    High,

    /// <summary>Heart-rate, pace and duration rules.</summary>
    Medium,

    /// <summary>Only a name, a duration, or the absence of signals.</summary>
    Low,
}
