using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RunnerStrength.Configuration;

namespace RunnerStrength.Backups;

/// <summary>
/// One file holding everything an install needs to come back: a consistent copy of the SQLite database, made
/// with SQLite's online backup while the service runs, and the key ring that decrypts the secrets in it (so
/// keep the archive as private as the data folder). Restored only into a data folder without a database.
/// </summary>
internal static class BackupArchive
{
    private const string DatabaseEntry = "runnerstrength.db";
    private const string KeysPrefix = "keys/";
    private const string ManifestEntry = "manifest.json";

    /// <summary>Writes the archive; how many database bytes and key files it holds.</summary>
    public static async Task<(long DatabaseBytes, int Keys)> CreateAsync(DataPaths paths, string archive, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.DatabaseFile))
        {
            throw new BackupException($"There is no database to back up at {paths.DatabaseFile}.");
        }

        var copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(archive))!, $".{Path.GetFileName(archive)}.{Guid.NewGuid():N}.db");
        try
        {
            // The online backup reads pages under SQLite's locks: a writer (a sync) keeps going, and the copy is one moment of it.
            await using (var source = new SqliteConnection($"Data Source={paths.DatabaseFile};Mode=ReadOnly;Pooling=False"))
            await using (var target = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            var keys = Directory.Exists(paths.KeysDirectory) ? Directory.GetFiles(paths.KeysDirectory, "*.xml") : [];
            var partial = archive + ".partial";
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                await zip.CreateEntryFromFileAsync(copy, DatabaseEntry, CompressionLevel.Optimal, cancellationToken);
                foreach (var key in keys)
                {
                    await zip.CreateEntryFromFileAsync(key, KeysPrefix + Path.GetFileName(key), CompressionLevel.Optimal, cancellationToken);
                }

                // What the Settings page set up (applications, a calendar server; secrets encrypted with the keys above).
                var pageSettings = PageSettingsFile.PathIn(paths.DataDirectory);
                if (File.Exists(pageSettings))
                {
                    await zip.CreateEntryFromFileAsync(pageSettings, PageSettingsFile.FileName, CompressionLevel.Optimal, cancellationToken);
                }

                await using var manifest = await zip.CreateEntry(ManifestEntry).OpenAsync(cancellationToken);
                await JsonSerializer.SerializeAsync(manifest, new { version = AppVersion.Current, created = now, keys = keys.Length }, cancellationToken: cancellationToken);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(partial, archive, overwrite: true); // never a half-written archive under the name asked for
            return (new FileInfo(copy).Length, keys.Length);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    /// <summary>Puts the database and the key ring of <paramref name="archive"/> in place; how many key files.</summary>
    public static async Task<int> RestoreAsync(string archive, DataPaths paths, CancellationToken cancellationToken)
    {
        if (File.Exists(paths.DatabaseFile))
        {
            throw new BackupException($"{paths.DataDirectory} already holds a database: restore into an empty data folder (--data DIR), so nothing is overwritten.");
        }

        await using var zip = await ZipArchive.CreateAsync(File.OpenRead(archive), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        var database = zip.GetEntry(DatabaseEntry) ?? throw new BackupException($"{archive} is not a RunnerStrength backup: it holds no {DatabaseEntry}.");
        var keys = zip.Entries.Where(e => e.FullName.StartsWith(KeysPrefix, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
        {
            throw new BackupException($"{archive} holds no key ring: its stored secrets could not be read.");
        }

        var directoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var fileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        CreatePrivate(paths.DataDirectory, directoryMode);
        CreatePrivate(paths.KeysDirectory, directoryMode);
        foreach (var key in keys)
        {
            // Only the entry's file name: a crafted name ("../x") never writes outside the key ring.
            await ExtractAsync(key, Path.Combine(paths.KeysDirectory, Path.GetFileName(key.FullName)), fileMode, cancellationToken);
        }

        if (zip.GetEntry(PageSettingsFile.FileName) is { } pageSettings)
        {
            await ExtractAsync(pageSettings, PageSettingsFile.PathIn(paths.DataDirectory), fileMode, cancellationToken);
        }

        await ExtractAsync(database, paths.DatabaseFile, fileMode, cancellationToken);
        return keys.Count;
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, string target, UnixFileMode mode, CancellationToken cancellationToken)
    {
        await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, mode);
        }
    }

    private static void CreatePrivate(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, mode);
        }
    }
}
