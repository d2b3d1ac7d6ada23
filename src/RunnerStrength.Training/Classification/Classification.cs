using System.Globalization;

namespace RunnerStrength.Training.Classification;

/// <summary>The verdict on one activity, with the rule that decided it and the facts it saw.</summary>
/// <param name="Kind">What it was.</param>
/// <param name="IsKey">Whether it counts as a key session for spacing the lifts.</param>
/// <param name="Confidence">How sure the verdict is.</param>
/// <param name="Rule">The number of the rule in training-rules.md section 7 that decided (0: not a run).</param>
/// <param name="Facts">What the rule measured, in a runner's words.</param>
public sealed record Classification(ActivityKind Kind, bool IsKey, Confidence Confidence, int Rule, string Facts)
{
    /// <summary>The kind as the output writes it: <c>interval</c>, <c>long</c>, ...</summary>
    public string KindName => Kind.Name();

    /// <summary><c>KEY/interval: rule 6 - 6 fast laps ...; confidence high</c>.</summary>
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"{(IsKey ? "KEY" : "EASY")}/{KindName}: {(Rule > 0 ? $"rule {Rule} - " : "")}{Facts}; confidence {Confidence.ToString().ToLowerInvariant()}");
}
