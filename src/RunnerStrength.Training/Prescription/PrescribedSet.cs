namespace RunnerStrength.Training.Prescription;

/// <summary>One set to do.</summary>
/// <param name="Reps">Repetitions.</param>
/// <param name="PercentOneRepMax">Intended intensity, % of the estimated 1RM.</param>
/// <param name="LoadKg">The load rounded to the athlete's equipment, or null while no 1RM is known.</param>
/// <param name="Warmup">Warm-up sets are not counted as working volume.</param>
public sealed record PrescribedSet(int Reps, int PercentOneRepMax, double? LoadKg, bool Warmup);
