namespace RunnerStrength.Training.Activities;

/// <summary>One set of a strength session, as a watch recorded it or the athlete logged it.</summary>
/// <param name="Reps">Repetitions done.</param>
/// <param name="LoadKg">Load in kilograms, when known.</param>
/// <param name="Rpe">Rate of perceived exertion 1-10, when given.</param>
public sealed record StrengthSet(int Reps, double? LoadKg, double? Rpe = null);
