using RunnerStrength.Training.Classification;

namespace RunnerStrength.Training.Planning;

/// <summary>A key session the spacing rules work around: recorded (with its times) or expected from the template.</summary>
/// <param name="Date">Its local day.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Its start when recorded; expected ones are taken to start at the strength time.</param>
/// <param name="End">Its end when recorded.</param>
/// <param name="Label">How the reason names it ("Sunday's long run").</param>
public sealed record KeyRun(DateOnly Date, ActivityKind Kind, DateTimeOffset Start, DateTimeOffset End, string Label)
{
    /// <summary>Long runs and A/B races want 72 h after a heavy lift, the others 48 h.</summary>
    public bool IsLongOrImportantRace { get; init; }
}
