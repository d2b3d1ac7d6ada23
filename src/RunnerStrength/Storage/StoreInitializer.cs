using Microsoft.EntityFrameworkCore;
using RunnerStrength.Configuration;

namespace RunnerStrength.Storage;

/// <summary>Brings the store up to date before anything uses it: data folder, migrations, WAL, seed.</summary>
internal sealed class StoreInitializer(StoreContextFactory contexts, DataPaths paths, AthleteSeeder seeder, RunnerStrengthDbContext db)
{
    /// <returns>True when the store was new and has just been seeded from configuration.</returns>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        CreatePrivateDirectory(paths.DataDirectory);
        // The key ring decrypts every stored secret: readable by this user only.
        CreatePrivateDirectory(paths.KeysDirectory);

        await db.Database.MigrateAsync(cancellationToken);
        if (contexts.Provider == StorageProvider.Sqlite)
        {
            // WAL lets the web page read while a job writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // SQLite creates its files with the process's umask (often 0644): the athlete's data is theirs alone.
            foreach (var file in new[] { paths.DatabaseFile, paths.DatabaseFile + "-wal", paths.DatabaseFile + "-shm" }.Where(File.Exists))
            {
                MakePrivate(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return await seeder.SeedIfEmptyAsync(cancellationToken);
    }

    // Made owner-only, and tightened when it exists already with more (a data folder made 0755 by hand).
    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            MakePrivate(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void MakePrivate(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~mode) != 0)
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
