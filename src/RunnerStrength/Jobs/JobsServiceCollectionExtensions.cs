using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.GarminConnection;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The service's job engine (Hangfire, on the store's provider) and its jobs. In the service a change
    /// queues the replan as a job instead of running it in the request.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, StorageOptions storage)
    {
        // Registered before AddHangfire, whose own registrations (the process-wide JobStorage.Current and
        // JobActivator.Current) then stand aside: with those, two hosts in one process (the tests run several)
        // enqueue into each other's storage and run jobs in a container already disposed.
        services.AddSingleton(_ => JobStorageChoice.Create(storage));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(_ => { });
        // A handful of workers is plenty for one athlete; each idle worker is a thread and its stack.
        services.AddHangfireServer(server => server.WorkerCount = 4);
        services.Replace(ServiceDescriptor.Scoped<IReplanTrigger, QueuedReplan>());
        services.AddScoped<ReplanJob>();
        services.AddScoped<FitInboxJob>();
        services.AddHostedService<FitInboxWatcher>();
        services.AddScoped<CalendarPushJob>();
        services.AddScoped<StravaSyncJob>();
        services.AddScoped<StravaWebhookJob>();
        services.AddScoped<GarminSyncJob>();
        services.AddSingleton<Web.SyncRequests>();
        return services;
    }
}
