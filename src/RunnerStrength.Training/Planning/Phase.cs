namespace RunnerStrength.Training.Planning;

/// <summary>Where the athlete is in the strength year (training-rules.md, sections 3 and 8).</summary>
public enum Phase
{
    /// <summary>Learning the hinge: light sessions, higher reps allowed.</summary>
    Skill,

    /// <summary>Strength: 2 heavy sessions a week.</summary>
    Build,

    /// <summary>The 28 days before an A race: 1 session a week, load kept, volume cut.</summary>
    Maintenance,

    /// <summary>The 10 days before an A race: light only, nothing in the last 5.</summary>
    Taper,

    /// <summary>After a race: nothing until the muscles have recovered, then maintenance intensity.</summary>
    Return,
}
