using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using RunnerStrength.Configuration;

namespace RunnerStrength.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs. In memory is safe for one node: jobs are idempotent and the durable state
/// lives in the store. Scale-out on PostgreSQL shares the job storage too, so several nodes split the work.
/// </summary>
internal static class JobStorageChoice
{
    /// <summary>The storage, made here so that each container has its own (see AddJobs).</summary>
    public static JobStorage Create(StorageOptions storage) =>
        storage.ParsedProviderOrDefault == StorageProvider.PostgreSql
            ? CreatePostgreSql(storage.ConnectionString)
            : CreateInMemory();

    // One method per storage, never inlined, so the storage not chosen is never loaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PostgreSqlStorage CreatePostgreSql(string? connectionString)
    {
        // Jobs such as the replan after a change on the page should start within seconds, not the default 15.
        var options = new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InMemoryStorage CreateInMemory() => new(new InMemoryStorageOptions());
}
