using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Auth;
using RunnerStrength.Strava.RateLimiting;

namespace RunnerStrength.Strava;

public static class StravaServiceCollectionExtensions
{
    /// <summary>
    /// All of Strava's protocol: the options (section <c>RunnerStrength:Strava</c>, validated at start), the
    /// application's credentials, OAuth and token refresh, the account operations, and the clients (Refit over
    /// source-generated JSON) with, outermost first: retries with backoff and jitter for 5xx and timeouts, a
    /// per-call timeout, the bearer token (refresh on 401), and the rate-limit budget, innermost so that every
    /// attempt is counted. The host provides where tokens are kept (<see cref="IStravaTokenStore"/>), a
    /// <see cref="TimeProvider"/>, and how a configured secret is revealed.
    /// </summary>
    public static IServiceCollection AddStrava(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddOptions<StravaOptions>().Bind(configuration.GetSection(StravaOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StravaOptions>, StravaOptionsValidator>();
        services.AddSingleton(sp => new StravaApp(sp.GetRequiredService<IOptions<StravaOptions>>(), revealSecret(sp)));
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StravaOptions>>().Value;
            return new RateBudget(sp.GetRequiredService<TimeProvider>(), new RateWindows(o.ShortWindow, o.LongWindow));
        });
        services.AddSingleton(sp => new StravaTokens(
            sp.GetRequiredService<IStravaOAuth>(),
            sp.GetRequiredService<IStravaTokenStore>(),
            sp.GetRequiredService<StravaApp>().Credentials,
            sp.GetRequiredService<TimeProvider>()));
        services.AddTransient<StravaAuthHandler>();
        services.AddTransient<RateLimitHandler>();
        services.AddSingleton<StravaApiBase>();
        services.AddTransient<StravaApiBaseHandler>();
        services.AddScoped<StravaAccount>();

        var refit = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions { TypeInfoResolver = StravaJsonContext.Default }));
        services.AddRefitGeneratedClient<IStravaOAuth>(refit)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<StravaOptions>>().Value.TokenUrl));
        var api = services.AddRefitGeneratedClient<IStravaApi>(refit)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<StravaOptions>>().Value.ApiBaseUrl.TrimEnd('/')));
        api.AddResilienceHandler("strava", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<StravaOptions>>().Value;
                // The default predicate retries 5xx, 408, timeouts and connection failures; a 429 never
                // reaches it (the budget turns it into StravaRateLimitedException, which is not retried).
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 4, Delay = o.RetryDelay, BackoffType = DelayBackoffType.Exponential, UseJitter = true });
                pipeline.AddTimeout(o.CallTimeout);
            });
        api.AddHttpMessageHandler<StravaAuthHandler>().AddHttpMessageHandler<RateLimitHandler>().AddHttpMessageHandler<StravaApiBaseHandler>();
        services.AddRefitGeneratedClient<IStravaSubscriptions>(refit)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<StravaOptions>>().Value.ApiBaseUrl.TrimEnd('/')))
            .AddHttpMessageHandler<RateLimitHandler>()
            .AddHttpMessageHandler<StravaApiBaseHandler>();
        return services;
    }
}
