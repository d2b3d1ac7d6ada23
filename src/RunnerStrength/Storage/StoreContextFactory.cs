using System.Runtime.CompilerServices;
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
        _create = Provider == StorageProvider.PostgreSql
            ? PostgreSql(storage.Value.ConnectionString)
            : Sqlite(SqliteConnectionString(storage.Value, paths));
    }

    public StorageProvider Provider { get; }

    public RunnerStrengthDbContext Create() => _create();

    // One method per provider, never inlined: compiling the constructor must not load the provider it does
    // not use (Npgsql's assemblies cost a SQLite install resident memory for nothing).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Func<RunnerStrengthDbContext> PostgreSql(string? connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresStoreContext>().UseNpgsql(connectionString).Options;
        return () => new PostgresStoreContext(options);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Func<RunnerStrengthDbContext> Sqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite(connectionString).Options;
        return () => new SqliteStoreContext(options);
    }

    private static string SqliteConnectionString(StorageOptions storage, DataPaths paths) =>
        string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? $"Data Source={paths.DatabaseFile};Foreign Keys=True"
            : storage.ConnectionString;
}
