using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;

namespace RunnerStrength.Storage;

/// <summary>Creates the store context for the configured provider; the options are built once.</summary>
internal sealed class StoreContextFactory
{
    private readonly Func<RunnerStrengthDbContext> _create;

    public StoreContextFactory(IOptions<StorageOptions> storage, DataPaths paths)
    {
        Provider = storage.Value.ParsedProvider;
        if (Provider == StorageProvider.PostgreSql)
        {
            var options = new DbContextOptionsBuilder<PostgresStoreContext>().UseNpgsql(storage.Value.ConnectionString).Options;
            _create = () => new PostgresStoreContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite(SqliteConnectionString(storage.Value, paths)).Options;
            _create = () => new SqliteStoreContext(options);
        }
    }

    public StorageProvider Provider { get; }

    public RunnerStrengthDbContext Create() => _create();

    private static string SqliteConnectionString(StorageOptions storage, DataPaths paths) =>
        string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? $"Data Source={paths.DatabaseFile};Foreign Keys=True"
            : storage.ConnectionString;
}
