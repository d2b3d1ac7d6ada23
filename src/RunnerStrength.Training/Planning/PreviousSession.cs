namespace RunnerStrength.Training.Planning;

/// <summary>A strength session done or planned before the week being planned, for the spacing rule 16.</summary>
/// <param name="Start">When it started (UTC instant).</param>
/// <param name="Heavy">True unless it was a light or technique session.</param>
public sealed record PreviousSession(DateTimeOffset Start, bool Heavy);
