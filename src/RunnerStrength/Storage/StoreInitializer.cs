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
        }

        return await seeder.SeedIfEmptyAsync(cancellationToken);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
