namespace RunnerStrength.Training.Races;

/// <summary>How much a race matters, after TrainerRoad's and Friel's A/B/C scheme (training-rules.md, section 3).</summary>
public enum RacePriority
{
    /// <summary>The season goal: a 28-day maintenance block, a taper and a full return.</summary>
    A,

    /// <summary>Important: no lifting in the 96 h before, a short return after.</summary>
    B,

    /// <summary>Trained through: treated like a key run.</summary>
    C,
}
