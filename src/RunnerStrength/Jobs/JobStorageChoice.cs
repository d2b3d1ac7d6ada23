using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using RunnerStrength.Configuration;

namespace RunnerStrength.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs. In memory is safe for one node: jobs are idempotent and the durable state
/// lives in the store. Scale-out on PostgreSQL shares the job storage too, so several nodes split the work.
/// </summary>
internal static class JobStorageChoice
{
    public static void Use(IGlobalConfiguration hangfire, StorageOptions storage)
    {
        if (storage.ParsedProviderOrDefault == StorageProvider.PostgreSql)
        {
            UsePostgreSql(hangfire, storage.ConnectionString);
        }
        else
        {
            UseInMemory(hangfire);
        }
    }

    // One method per storage, never inlined, so the storage not chosen is never loaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UsePostgreSql(IGlobalConfiguration hangfire, string? connectionString) =>
        // Jobs such as the replan after a change on the page should start within seconds, not the default 15.
        hangfire.UsePostgreSqlStorage(postgres => postgres.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseInMemory(IGlobalConfiguration hangfire) =>
        hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
}
