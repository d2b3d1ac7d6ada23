using RunnerStrength.Training.Activities;

namespace RunnerStrength.Importing;

/// <summary>What importing one FIT file did.</summary>
/// <param name="Stored">Each activity of the file, and whether it was new.</param>
/// <param name="Problem">Why nothing could be imported, or the damage that was read around; null when clean.</param>
internal sealed record FitImportOutcome(IReadOnlyList<(Activity Activity, bool Added)> Stored, string? Problem)
{
    public bool Imported => Stored.Count > 0;
}
