namespace RunnerStrength.Storage.Strength;

/// <summary>
/// Where a strength log entry came from: <c>manual</c> (the page), or <c>activity:ID</c>, the stored activity
/// whose sets it holds. Entries logged before version 0.1's migration StrengthLogByActivity said <c>fit:HASH</c>;
/// the migration rewrote those whose activity is stored.
/// </summary>
internal static class StrengthLogSource
{
    public const string Manual = "manual";

    public static string Of(int storedActivityId) => $"activity:{storedActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
