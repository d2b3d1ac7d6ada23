using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Storage.Publishing;

/// <summary>
/// Tells a changed session from an unchanged one, and so decides SEQUENCE. Version 2 hashes an explicit list
/// of what a calendar shows; renaming a property changes nothing. Changing the list is a new version, never
/// an edit, or every event's SEQUENCE would rise at once.
/// </summary>
internal static class SessionFingerprint
{
    private const string Version = "2:";

    public static string Of(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var p = session.Prescription;
        var text = new StringBuilder()
            .AppendLine(session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .AppendLine(session.StartLocal.ToString("HH:mm", CultureInfo.InvariantCulture))
            .AppendLine(p.Exercise)
            .AppendLine(p.Heavy ? "heavy" : "light")
            .AppendLine(((int)p.Duration.TotalMinutes).ToString(CultureInfo.InvariantCulture))
            .AppendLine(p.Summary);
        foreach (var set in p.Sets)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{set.Reps}|{set.PercentOneRepMax}|{set.LoadKg}|{(set.Warmup ? "warm-up" : "work")}"));
        }

        text.Append(session.Reason);
        // 2 + 62 characters: the column holds 64.
        return Version + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..62];
    }

    /// <summary>
    /// Whether <paramref name="stored"/> fingerprints <paramref name="session"/>. Rows from before version 2
    /// hold the hash of the session's JSON (<paramref name="json"/>): compared that way once, they are then
    /// given version 2 by the caller.
    /// </summary>
    public static bool Matches(string stored, PlannedSession session, string json) =>
        stored.StartsWith(Version, StringComparison.Ordinal)
            ? stored == Of(session)
            : stored == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
