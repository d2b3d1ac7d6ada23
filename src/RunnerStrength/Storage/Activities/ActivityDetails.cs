using RunnerStrength.Training.Activities;

namespace RunnerStrength.Storage.Activities;

/// <summary>The parts of an activity stored as one JSON document.</summary>
internal sealed record ActivityDetails(
    IReadOnlyList<Lap> Laps,
    double? HeartRateBinWidth,
    Dictionary<int, double>? HeartRateSeconds,
    double? SpeedBinWidth,
    Dictionary<int, double>? SpeedSeconds,
    IReadOnlyList<StrengthSet> Sets);
