using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.Calendar;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.Hosting;
using RunnerStrength.Storage;

namespace RunnerStrength.CalendarPush;

internal static class CalendarPushServiceCollectionExtensions
{
    /// <summary>
    /// Delivery of published changes to the athlete's calendars: the calendar adapters (secrets revealed with the
    /// key ring, OAuth state in the store), then the one delivery engine (outbox, reconcile, push state) over
    /// every provider, and connecting Google and Microsoft.
    /// </summary>
    public static IServiceCollection AddCalendarPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCalendar(configuration, sp => sp.GetRequiredService<SecretProtector>().Reveal);
        services.AddSingleton<CalendarAccountStore>();
        services.AddSingleton<ICalendarAccountStore>(sp => sp.GetRequiredService<CalendarAccountStore>());
        services.AddScoped<CalendarConnector>();
        services.AddScoped<CalendarTargets>();
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
