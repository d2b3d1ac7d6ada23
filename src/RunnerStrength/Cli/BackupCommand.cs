using System.CommandLine;
using Microsoft.Extensions.Options;
using RunnerStrength.Backups;
using RunnerStrength.Configuration;

namespace RunnerStrength.Cli;

/// <summary><c>backup --out FILE</c> while the service runs, and <c>restore FILE</c> into an empty data folder.</summary>
internal static class BackupCommand
{
    public static IEnumerable<Command> Create()
    {
        var output = new Option<string>("--out") { Description = "The archive to write (the database and the key ring: keep it private)", HelpName = "FILE", Required = true };
        var backup = new Command("backup", "Write a consistent copy of the database and the key ring to one file, also while the service runs") { output };
        backup.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            if (services.GetRequiredService<IOptions<StorageOptions>>().Value.ParsedProviderOrDefault == StorageProvider.PostgreSql)
            {
                await Console.Error.WriteLineAsync("The store is on PostgreSQL: back it up with pg_dump, and copy the key ring folder (DataProtection:KeysDirectory) beside it.");
                return ExitCodes.Usage;
            }

            var file = Path.GetFullPath(result.GetValue(output)!);
            try
            {
                var (bytes, keys) = await BackupArchive.CreateAsync(services.GetRequiredService<DataPaths>(), file, services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
                Console.WriteLine($"Backed up the database ({bytes / 1024} KiB) and {keys} key ring file{(keys == 1 ? "" : "s")} to {file}. It decrypts the stored secrets: keep it as private as the data folder.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.Failure;
            }
        }, cancellationToken));

        var archive = new Argument<string>("FILE") { Description = "An archive written by 'runnerstrength backup'" };
        var restore = new Command("restore", "Put a backup's database and key ring into an empty data folder (--data DIR)") { archive };
        restore.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(archive)!;
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"There is no backup at {Path.GetFullPath(file)}.");
                return ExitCodes.Usage;
            }

            // The store is not opened here: opening it would make a new, empty database in the folder.
            using var host = VerbHost.Build(result.GetValue(CommonOptions.Data));
            var paths = host.Services.GetRequiredService<DataPaths>();
            try
            {
                var keys = await BackupArchive.RestoreAsync(file, paths, cancellationToken);
                Console.WriteLine($"Restored the database and {keys} key ring file{(keys == 1 ? "" : "s")} into {paths.DataDirectory}. Start the service on it; it brings the database up to date if the backup is older.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync(e is InvalidDataException ? $"{file} is not a readable backup archive ({e.Message})." : e.Message);
                return ExitCodes.Failure;
            }
        });
        return [backup, restore];
    }
}
