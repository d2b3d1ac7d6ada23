using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Refit;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Calendar.Google;
using RunnerStrength.Calendar.Microsoft;
using RunnerStrength.Calendar.OAuth;
using RunnerStrength.Calendar.Providers;

namespace RunnerStrength.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Calendars: the three providers the delivery engine writes to (CalDAV, Google Calendar, Microsoft Graph),
    /// each with its options (validated at start) and clients, registered as <see cref="ICalendarProvider"/>.
    /// iCalendar rendering is static and needs no registration. The host says how a configured secret is
    /// revealed (its key ring) and where OAuth providers keep tokens and state (<see cref="ICalendarAccountStore"/>).
    /// </summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddCalDav(configuration, revealSecret);
        services.AddOAuthCalendars(configuration, revealSecret);
        services.AddGoogleCalendar();
        services.AddMicrosoftCalendar();
        return services;
    }

    private static void AddCalDav(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddOptions<CalDavOptions>().Bind(configuration.GetSection(CalDavOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalDavOptions>, CalDavOptionsValidator>();
        services.AddSingleton(sp => new CalDavConnection(sp.GetRequiredService<IOptions<CalDavOptions>>(), sp.GetRequiredService<IHttpClientFactory>(), revealSecret(sp)));
        // The CalDAV client follows redirects itself (keeping PROPFIND and its body); a slow server is a failed attempt.
        services.AddHttpClient(CalDavConnection.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddTransient<ICalendarProvider, CalDavProvider>();
    }

    private static void AddOAuthCalendars(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddOptions<GoogleCalendarOptions>().Bind(configuration.GetSection(GoogleCalendarOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GoogleCalendarOptions>>(new OAuthCalendarOptionsValidator<GoogleCalendarOptions>(GoogleCalendarOptions.Section));
        services.AddOptions<MicrosoftCalendarOptions>().Bind(configuration.GetSection(MicrosoftCalendarOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MicrosoftCalendarOptions>>(new OAuthCalendarOptionsValidator<MicrosoftCalendarOptions>(MicrosoftCalendarOptions.Section));
        services.AddSingleton(sp => new OAuthApps(
            sp.GetRequiredService<IOptions<GoogleCalendarOptions>>(), sp.GetRequiredService<IOptions<MicrosoftCalendarOptions>>(), revealSecret(sp)));
        services.AddHttpClient(OAuthEndpoint.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<OAuthEndpoint>();
        foreach (var provider in CalendarProviderNames.Connectable)
        {
            services.AddKeyedSingleton(provider, (sp, _) => new OAuthTokens(
                () => sp.GetRequiredService<OAuthApps>().For(provider),
                sp.GetRequiredService<OAuthEndpoint>(),
                sp.GetRequiredService<ICalendarAccountStore>(),
                sp.GetRequiredService<TimeProvider>()));
        }
    }

    private static void AddGoogleCalendar(this IServiceCollection services)
    {
        services.AddTransient<GoogleFaults>();
        services.AddTransient<ICalendarProvider, GoogleCalendarProvider>();
        var client = services.AddRefitGeneratedClient<IGoogleCalendarApi>(Refit)
            .ConfigureHttpClient((sp, http) => http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<GoogleCalendarOptions>>().Value.ApiBaseUrl.TrimEnd('/')));
        client.AddResilienceHandler("google-calendar", (pipeline, context) => Resilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<GoogleCalendarOptions>>().Value));
        client.AddHttpMessageHandler(sp => new BearerHandler(sp.GetRequiredKeyedService<OAuthTokens>(CalendarProviderNames.Google), "Google Calendar"));
    }

    private static void AddMicrosoftCalendar(this IServiceCollection services)
    {
        services.AddTransient<GraphFaults>();
        services.AddTransient<ICalendarProvider, MicrosoftCalendarProvider>();
        var client = services.AddRefitGeneratedClient<IGraphCalendarApi>(Refit)
            .ConfigureHttpClient((sp, http) => http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<MicrosoftCalendarOptions>>().Value.ApiBaseUrl.TrimEnd('/')));
        client.AddResilienceHandler("microsoft-graph", (pipeline, context) => Resilience(pipeline, context.ServiceProvider.GetRequiredService<IOptions<MicrosoftCalendarOptions>>().Value));
        client.AddHttpMessageHandler(sp => new BearerHandler(sp.GetRequiredKeyedService<OAuthTokens>(CalendarProviderNames.Microsoft), "Outlook"));
    }

    private static readonly RefitSettings Refit = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions
    {
        TypeInfoResolver = CalendarJsonContext.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }));

    // Outermost: retries with backoff and jitter for 5xx, 408, timeouts and lost connections, then a per-call
    // timeout. Not 429 or Google's 403 rate limits: those are the engine's to wait out (Retry-After can be long).
    private static void Resilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, OAuthCalendarOptions options)
    {
        // Waits between attempts and the call timeout are network time, not the planner's clock (which tests and
        // Clock:Offset move): a frozen or shifted clock must not freeze a retry.
        pipeline.TimeProvider = TimeProvider.System;
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout),
        });
        pipeline.AddTimeout(options.CallTimeout);
    }
}
