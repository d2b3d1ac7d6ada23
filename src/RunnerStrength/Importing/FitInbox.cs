using System.Globalization;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Plans;

namespace RunnerStrength.Importing;

/// <summary>
/// The FIT inbox: every file dropped there is imported and moved to the archive, or moved to quarantine
/// with a note beside it saying why. Files still being written (changed in the last few seconds) wait
/// for the next pass. A hostile inbox stops nothing: symbolic links are never followed (the link itself is
/// quarantined), empty and non-regular files and files over <c>Fit:MaxFileBytes</c> are quarantined unread,
/// and a file that fails is quarantined on its own. Idempotent, so a scan and the file watcher may both run it.
/// </summary>
internal sealed partial class FitInbox(DataPaths paths, IOptions<FitOptions> fit, FitFileImporter importer, AthleteContextLoader athletes, IReplanTrigger replans, TimeProvider time, ILogger<FitInbox> logger)
{
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    /// <returns>How many files were imported and quarantined.</returns>
    public async Task<(int Imported, int Quarantined)> ScanAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.InboxDirectory);
        var entries = InboxEntries.Under(paths.InboxDirectory)
            .Where(e => e.Problem is not null || e.File.Name.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Where(e => e.Problem is not null || time.GetUtcNow() - e.File.LastWriteTimeUtc >= Settling)
            .OrderBy(e => e.File.FullName, StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
        {
            return (0, 0);
        }

        var athlete = await athletes.LoadAsync(cancellationToken);
        var (imported, quarantined) = (0, 0);
        foreach (var entry in entries)
        {
            // Each file on its own: whatever one does, the others are still imported.
            try
            {
                var problem = entry.Problem ?? SizeProblem(entry.File);
                var outcome = problem is null ? await importer.ImportAsync(await File.ReadAllBytesAsync(entry.File.FullName, cancellationToken), athlete, cancellationToken) : null;
                if (outcome is { Imported: true })
                {
                    var month = time.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    Move(entry.File.FullName, Path.Combine(paths.ArchiveDirectory, month));
                    var added = outcome.Stored.Count(s => s.Added);
                    LogImported(logger, entry.File.FullName, added, outcome.Stored.Count);
                    imported++;
                }
                else
                {
                    await QuarantineAsync(entry.File.FullName, problem ?? outcome!.Problem, cancellationToken);
                    quarantined++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await QuarantineAsync(entry.File.FullName, $"it could not be read ({e.Message})", cancellationToken);
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

    // Length is read from the directory entry, never by opening: a FIFO would block the reader for good.
    private string? SizeProblem(FileInfo file) =>
        file.Length == 0 ? "it is empty (or not a regular file)"
        : file.Length > fit.Value.MaxFileBytes ? string.Create(CultureInfo.InvariantCulture, $"it is {file.Length} bytes, over the {fit.Value.MaxFileBytes}-byte limit ({FitOptions.Section}:MaxFileBytes)")
        : null;

    private async Task QuarantineAsync(string file, string? problem, CancellationToken cancellationToken)
    {
        try
        {
            var target = Move(file, paths.QuarantineDirectory);
            await File.WriteAllTextAsync(target + ".reason.txt", $"{Path.GetFileName(file)} was not imported: {problem}.\n", cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"{problem}; and it could not be moved to quarantine ({e.Message})";
        }

        LogQuarantined(logger, file, problem);
    }

    // Never overwrites: a second file of the same name gets a numbered name.
    private static string Move(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        for (var n = 2; Path.Exists(target) || new FileInfo(target).LinkTarget is not null; n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}-{n}{Path.GetExtension(file)}");
        }

        // A link to a folder is moved as a link (a rename never follows it); File.Move refuses anything folder-like.
        if (Directory.Exists(file))
        {
            Directory.Move(file, target);
        }
        else
        {
            File.Move(file, target);
        }

        return target;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File}: {New} new of {Total} activities")]
    private static partial void LogImported(ILogger logger, string file, int @new, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {File}: {Problem}")]
    private static partial void LogQuarantined(ILogger logger, string file, string? problem);
}
