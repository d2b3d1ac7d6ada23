namespace RunnerStrength.Training.Classification;

/// <summary>The names the output uses for kinds (training-rules.md, section 8).</summary>
public static class ActivityKindNames
{
    /// <summary><c>interval</c>, <c>tempo</c>, <c>long</c>, <c>race</c>, <c>hard</c>, <c>easy</c>, <c>strength</c> or <c>other</c>.</summary>
    public static string Name(this ActivityKind kind) => kind == ActivityKind.LongRun ? "long" : kind.ToString().ToLowerInvariant();
}
