namespace RunnerStrength.Training.Planning;

/// <summary>A day and time a session may be moved to: the hard rules allow a lift there and it keeps rule 16's spacing from the others.</summary>
/// <param name="Date">Local day.</param>
/// <param name="StartLocal">Local start time (later than usual when a key run comes first that day, rule 15).</param>
public sealed record MoveSlot(DateOnly Date, TimeOnly StartLocal);
