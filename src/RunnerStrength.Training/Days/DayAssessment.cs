using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Days;

/// <summary>A day's running and why.</summary>
/// <param name="Date">The local day.</param>
/// <param name="Running">Rest, easy, key or unknown.</param>
/// <param name="Kind">The deciding key session's kind, when key.</param>
/// <param name="Reason">Why, in a runner's words.</param>
/// <param name="FromTemplate">True when the day is ahead and judged by the weekly template.</param>
public sealed record DayAssessment(DateOnly Date, RunningDay Running, ActivityKind? Kind, string Reason, bool FromTemplate);
