using RunnerStrength.Training.Strength;

namespace RunnerStrength.Storage.Strength;

/// <summary>A session in the log with its id (for editing and deleting) and where it came from: "form", "FIT file" or "Garmin".</summary>
internal sealed record LoggedSession(int Id, StrengthSession Session, string Origin);
