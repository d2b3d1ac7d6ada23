using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RunnerStrength.Testing;

namespace RunnerStrength.Tests.Storage;

/// <summary>Where a store suite runs: a SQLite file, or a fresh database on the throw-away PostgreSQL cluster.</summary>
public abstract class StoreBackend : IDisposable
{
    private protected TempDirectory Data { get; } = new();

    /// <summary>The services of a verb over a new, migrated and seeded store.</summary>
    public abstract Task<ServiceProvider> CreatePreparedAsync(IDictionary<string, string?>? settings = null);

    public virtual void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Data.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteBackend : StoreBackend
{
    public override Task<ServiceProvider> CreatePreparedAsync(IDictionary<string, string?>? settings = null) =>
        StoreServices.CreatePreparedAsync(Data.Path, settings);
}

public sealed class PostgresBackend(PostgresCluster cluster) : StoreBackend
{
    public override async Task<ServiceProvider> CreatePreparedAsync(IDictionary<string, string?>? settings = null)
    {
        var database = await cluster.NewDatabaseAsync();
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["RunnerStrength:Storage:Provider"] = "PostgreSql",
            ["RunnerStrength:Storage:ConnectionString"] = database,
        };
        return await StoreServices.CreatePreparedAsync(Data.Path, values);
    }
}

/// <summary>One PostgreSQL cluster for every PostgreSQL store suite of the run; a database per test.</summary>
public sealed class PostgresCluster : IAsyncDisposable, Xunit.IAsyncLifetime
{
    public const string Collection = "PostgreSQL cluster";
    private PostgresServer? _server;
    private Exception? _unavailable;
    private int _databases;

    public async Task InitializeAsync()
    {
        try
        {
            _server = await PostgresServer.StartAsync();
        }
        catch (SkipException e)
        {
            _unavailable = e; // Outside CI without PostgreSQL installed: the suites skip.
        }
    }

    /// <summary>A new empty database's connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        Skip.If(_unavailable is not null, _unavailable?.Message);
        var name = $"store_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(_server!.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return _server.ConnectionString(name);
    }

    async Task Xunit.IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}

[CollectionDefinition(PostgresCluster.Collection)]
public sealed class PostgresClusterDefinition : ICollectionFixture<PostgresCluster>;
