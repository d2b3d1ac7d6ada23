using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.CalDav;

namespace RunnerStrength.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Calendars: the CalDAV options (section <c>RunnerStrength:Calendar:CalDav</c>, validated at start), the
    /// CalDAV HTTP client and the connection to the configured account. iCalendar rendering is static and
    /// needs no registration. The host says how a configured secret is revealed (its key ring).
    /// </summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddOptions<CalDavOptions>().Bind(configuration.GetSection(CalDavOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalDavOptions>, CalDavOptionsValidator>();
        services.AddSingleton(sp => new CalDavConnection(sp.GetRequiredService<IOptions<CalDavOptions>>(), sp.GetRequiredService<IHttpClientFactory>(), revealSecret(sp)));
        // The CalDAV client follows redirects itself (keeping PROPFIND and its body); a slow server is a failed attempt.
        services.AddHttpClient(CalDavConnection.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
