using RunnerStrength.Training.Races;

namespace RunnerStrength.Storage.Races;

/// <summary>A race with the id the store gave it, so the command line and web page can name it.</summary>
internal sealed record StoredRace(int Id, Race Race);
