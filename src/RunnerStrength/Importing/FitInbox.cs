using System.Globalization;
using RunnerStrength.Configuration;
using RunnerStrength.Plans;

namespace RunnerStrength.Importing;

/// <summary>
/// The FIT inbox: every file dropped there is imported and moved to the archive, or moved to quarantine
/// with a note beside it saying why. Files still being written (changed in the last few seconds) wait
/// for the next pass. Idempotent, so a scan and the file watcher may both run it.
/// </summary>
internal sealed partial class FitInbox(DataPaths paths, FitFileImporter importer, AthleteContextLoader athletes, IReplanTrigger replans, TimeProvider time, ILogger<FitInbox> logger)
{
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    /// <returns>How many files were imported and quarantined.</returns>
    public async Task<(int Imported, int Quarantined)> ScanAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.InboxDirectory);
        var files = Directory.EnumerateFiles(paths.InboxDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Where(f => time.GetUtcNow() - File.GetLastWriteTimeUtc(f) >= Settling)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return (0, 0);
        }

        var athlete = await athletes.LoadAsync(cancellationToken);
        var (imported, quarantined) = (0, 0);
        foreach (var file in files)
        {
            var outcome = await importer.ImportAsync(await File.ReadAllBytesAsync(file, cancellationToken), athlete, cancellationToken);
            if (outcome.Imported)
            {
                var month = time.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
                Move(file, Path.Combine(paths.ArchiveDirectory, month));
                var added = outcome.Stored.Count(s => s.Added);
                LogImported(logger, file, added, outcome.Stored.Count);
                imported++;
            }
            else
            {
                var target = Move(file, paths.QuarantineDirectory);
                await File.WriteAllTextAsync(target + ".reason.txt", $"{Path.GetFileName(file)} was not imported: {outcome.Problem}.\n", cancellationToken);
                LogQuarantined(logger, file, outcome.Problem);
                quarantined++;
            }
        }

        if (imported > 0)
        {
            // New runs can move sessions: replan, so calendars get the change.
            await replans.ReplanAsync(cancellationToken);
        }

        return (imported, quarantined);
    }

    // Never overwrites: a second file of the same name gets a numbered name.
    private static string Move(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{n}{Path.GetExtension(file)}");
        }

        File.Move(file, target);
        return target;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File}: {New} new of {Total} activities")]
    private static partial void LogImported(ILogger logger, string file, int @new, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {File}: {Problem}")]
    private static partial void LogQuarantined(ILogger logger, string file, string? problem);
}
