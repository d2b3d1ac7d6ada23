using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.Hosting;

namespace RunnerStrength.CalendarPush;

internal static class CalendarPushServiceCollectionExtensions
{
    /// <summary>Delivery of published changes to the CalDAV calendar: the outbox, reconcile, and the push state.</summary>
    public static IServiceCollection AddCalendarPush(this IServiceCollection services)
    {
        services.AddSingleton<CalDavConnection>();
        services.AddScoped<CalendarPusher>();
        services.AddScoped<CalendarReconciler>();
        services.AddScoped<CalendarSync>();
        services.AddScoped<CalendarPushStatus>();
        services.TryAddSingleton(typeof(Turn<>));
        // Backoff jitter; Random.Shared is safe across threads, and a test can give a seeded one.
        services.TryAddSingleton(Random.Shared);
        // The CalDAV client follows redirects itself (keeping PROPFIND and its body); a slow server is a failed attempt.
        services.AddHttpClient(CalDavConnection.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
