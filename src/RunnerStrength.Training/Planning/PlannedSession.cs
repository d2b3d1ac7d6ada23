namespace RunnerStrength.Training.Planning;

/// <summary>A strength session placed on a day, with why it is there.</summary>
/// <param name="Uid">Stable identity: the week and the session's order in it, so a session moved within its week stays the same calendar event.</param>
/// <param name="Date">Local day.</param>
/// <param name="StartLocal">Local start time.</param>
/// <param name="Prescription">What to lift.</param>
/// <param name="Reason">Why this day, in a runner's words, including where an ideal could not be met.</param>
public sealed record PlannedSession(string Uid, DateOnly Date, TimeOnly StartLocal, Prescription.Prescription Prescription, string Reason);
