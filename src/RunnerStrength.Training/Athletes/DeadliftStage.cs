namespace RunnerStrength.Training.Athletes;

/// <summary>Where the athlete is on the hinge progression: kettlebell, then hex bar, then barbell (training-rules.md, section 4).</summary>
public enum DeadliftStage
{
    /// <summary>Learning the hinge with kettlebell deadlifts.</summary>
    Kettlebell,

    /// <summary>Hex (trap) bar deadlift; staying here for good is fine.</summary>
    HexBar,

    /// <summary>Conventional barbell deadlift.</summary>
    Barbell,
}
