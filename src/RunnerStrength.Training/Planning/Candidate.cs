using RunnerStrength.Training.Days;

namespace RunnerStrength.Training.Planning;

/// <summary>A day considered for a lift: when the lift would start, how good the day is, and why.</summary>
internal sealed record Candidate(DateOnly Date, DateTimeOffset Start, TimeOnly StartLocal, DayAssessment Day, double Score, string Reason);
