namespace RunnerStrength.Training.Prescription;

/// <summary>What to lift in one session.</summary>
/// <param name="Exercise"><c>kettlebell_deadlift</c>, <c>hex_bar_deadlift</c> or <c>barbell_deadlift</c>.</param>
/// <param name="Sets">Warm-up sets, then working sets.</param>
/// <param name="Heavy">False for light or technique sessions (they need only 48 h from the next session).</param>
/// <param name="Duration">Time to book in the calendar.</param>
/// <param name="Summary">The working sets in a glance, e.g. "4x4 @ 80 %".</param>
public sealed record Prescription(string Exercise, IReadOnlyList<PrescribedSet> Sets, bool Heavy, TimeSpan Duration, string Summary);
