using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Configuration;
using RunnerStrength.Fit.Workouts;
using RunnerStrength.Garmin;
using RunnerStrength.Plans;

namespace RunnerStrength.Workouts;

/// <summary>
/// Puts the coming week's workouts on a watch mounted over USB (<c>Garmin:WatchFolder</c>, its
/// <c>GARMIN/NewFiles</c>): when the folder exists, each session ahead is written once per change of the plan.
/// What was written is remembered in the data folder, so a file the watch took in is not written again, and a
/// file for a session since moved or dropped is taken back while the watch has not taken it yet.
/// </summary>
internal sealed partial class WatchFolder(IOptions<GarminOptions> options, DataPaths paths, TimeProvider time, ILogger<WatchFolder> logger)
{
    private const string ManifestName = "watch-folder.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes what changed among <paramref name="entries"/> in the week from now; the number of files written.</summary>
    public async Task<int> WriteAsync(AthleteContext athlete, IReadOnlyList<CalendarEntry> entries, CancellationToken cancellationToken)
    {
        if (options.Value.WatchFolder is not { Length: > 0 } configured)
        {
            return 0;
        }

        var folder = Path.IsPathRooted(configured) ? configured : Path.Combine(paths.DataDirectory, configured);
        if (!Directory.Exists(folder))
        {
            return 0; // The watch is not mounted: the next replan after it is will write.
        }

        var manifestPath = Path.Combine(paths.DataDirectory, ManifestName);
        var written = File.Exists(manifestPath)
            ? JsonSerializer.Deserialize<Dictionary<string, int>>(await File.ReadAllTextAsync(manifestPath, cancellationToken), Json) ?? []
            : [];
        var now = athlete.Now;
        var ahead = entries
            .Where(e => !e.Cancelled && SessionWindow.StartOf(e.Session, athlete) > now && e.Session.Date <= athlete.Today.AddDays(7))
            .ToDictionary(e => StrengthWorkouts.FileName(e.Session), e => e);
        var stale = written.Keys.Where(name => !ahead.TryGetValue(name, out var entry) || entry.Sequence != written[name]).ToList();
        foreach (var name in stale)
        {
            File.Delete(Path.Combine(folder, name)); // no-op when the watch took it in already
            written.Remove(name);
        }

        var count = 0;
        foreach (var (name, entry) in ahead.Where(a => !written.ContainsKey(a.Key)))
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), WorkoutFiles.Encode(entry.Session, time.GetUtcNow()), cancellationToken);
            written[name] = entry.Sequence;
            count++;
        }

        if (count > 0 || stale.Count > 0)
        {
            // Only a change of the plan touches the data folder: most replans change nothing ahead.
            await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(written, Json), cancellationToken);
        }

        if (count > 0)
        {
            LogWritten(logger, count, folder);
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} workouts to the watch at {Folder}")]
    private static partial void LogWritten(ILogger logger, int count, string folder);
}
