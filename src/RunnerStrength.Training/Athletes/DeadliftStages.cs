namespace RunnerStrength.Training.Athletes;

/// <summary>
/// The one text form of each deadlift stage (<c>kettlebell</c>, <c>hex_bar</c>, <c>barbell</c>), its
/// exercise name in plans and the strength log (<c>hex_bar_deadlift</c>), and how people write it.
/// </summary>
public static class DeadliftStages
{
    /// <summary>What every entry path says when a stage cannot be read.</summary>
    public const string Expected = "kettlebell, hex_bar or barbell";

    public static IReadOnlyList<DeadliftStage> All { get; } = [DeadliftStage.Kettlebell, DeadliftStage.HexBar, DeadliftStage.Barbell];

    /// <summary>The stage as configuration, forms and JSON write it.</summary>
    public static string Name(DeadliftStage stage) => stage switch
    {
        DeadliftStage.Kettlebell => "kettlebell",
        DeadliftStage.HexBar => "hex_bar",
        _ => "barbell",
    };

    /// <summary>The stage in a runner's words, e.g. "hex bar deadlift".</summary>
    public static string Label(DeadliftStage stage) => Exercise(stage).Replace('_', ' ');

    /// <summary>The exercise a plan prescribes and the log records at this stage.</summary>
    public static string Exercise(DeadliftStage stage) => Name(stage) + "_deadlift";

    /// <summary>
    /// Reads a stage as people write it: any case, <c>_</c> or <c>-</c> or nothing between words, with or without
    /// "deadlift" (so an exercise name reads too); "trap bar" is the hex bar.
    /// </summary>
    public static DeadliftStage? Parse(string? text) =>
        text?.Trim().ToUpperInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("DEADLIFT", "", StringComparison.Ordinal) switch
        {
            "KETTLEBELL" => DeadliftStage.Kettlebell,
            "HEXBAR" or "TRAPBAR" => DeadliftStage.HexBar,
            "BARBELL" => DeadliftStage.Barbell,
            _ => null,
        };

    /// <summary>The problem with <paramref name="text"/> as a stage, or null when it reads as one.</summary>
    public static string? Problem(string? text) => Parse(text) is null ? $"must be {Expected} (got '{text}')" : null;
}
