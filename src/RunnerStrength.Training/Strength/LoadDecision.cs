namespace RunnerStrength.Training.Strength;

/// <summary>The working load for the next session and why (rules 23, 25, 26, 33).</summary>
/// <param name="LoadKg">The load to prescribe.</param>
/// <param name="Reason">Why this load, in a runner's words.</param>
public sealed record LoadDecision(double LoadKg, string Reason);
