using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.Calendar;
using RunnerStrength.Hosting;
using RunnerStrength.Storage;

namespace RunnerStrength.CalendarPush;

internal static class CalendarPushServiceCollectionExtensions
{
    /// <summary>
    /// Delivery of published changes to the CalDAV calendar: the calendar adapter (its secrets revealed with
    /// the key ring), then the outbox, reconcile, and the push state built on the store.
    /// </summary>
    public static IServiceCollection AddCalendarPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCalendar(configuration, sp => sp.GetRequiredService<SecretProtector>().Reveal);
        services.AddScoped<CalendarPusher>();
        services.AddScoped<CalendarReconciler>();
        services.AddScoped<CalendarSync>();
        services.AddScoped<CalendarPushStatus>();
        services.TryAddSingleton(typeof(Turn<>));
        // Backoff jitter; Random.Shared is safe across threads, and a test can give a seeded one.
        services.TryAddSingleton(Random.Shared);
        return services;
    }
}
