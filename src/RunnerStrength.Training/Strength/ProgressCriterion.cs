namespace RunnerStrength.Training.Strength;

/// <summary>One of rule 30's criteria for the next exercise, in a runner's words, and whether it is met.</summary>
public sealed record ProgressCriterion(string Text, bool Met);
