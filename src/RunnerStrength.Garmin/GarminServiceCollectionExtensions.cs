using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;

namespace RunnerStrength.Garmin;

public static class GarminServiceCollectionExtensions
{
    /// <summary>
    /// Garmin Connect's Personal API: the options (section <c>RunnerStrength:Garmin</c>, validated at start), the
    /// key exchange and token renewal, and the data client with, outermost first: retries with backoff and jitter
    /// for 5xx and timeouts, a per-call timeout, then the token and Garmin's pace (429s), innermost so that a 429
    /// or a 401 is never retried blindly. The host provides where the key and token are kept
    /// (<see cref="IGarminKeyStore"/>), a <see cref="TimeProvider"/>, and how a configured secret is revealed.
    /// </summary>
    public static IServiceCollection AddGarmin(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string?, string?>> revealSecret)
    {
        services.AddOptions<GarminOptions>().Bind(configuration.GetSection(GarminOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GarminOptions>, GarminOptionsValidator>();
        services.AddSingleton<GarminPace>();
        services.AddSingleton(sp => new GarminTokens(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IGarminKeyStore>(),
            sp.GetRequiredService<GarminPace>(),
            sp.GetRequiredService<IOptions<GarminOptions>>(),
            revealSecret(sp),
            sp.GetRequiredService<TimeProvider>()));
        services.AddTransient<GarminAuthHandler>();
        services.AddHttpClient(GarminTokens.TokenClient, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<GarminOptions>>().Value.CallTimeout);
        var api = services.AddHttpClient<GarminApi>((sp, client) =>
            {
                client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<GarminOptions>>().Value.ApiBaseUrl.TrimEnd('/') + "/");
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's per-call timeout rules
            });
        api.AddResilienceHandler("garmin", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<GarminOptions>>().Value;
                // 5xx, 408, timeouts and connection failures; a 429 never reaches it (the handler inside turns it into GarminRateLimitedException).
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 4, Delay = o.RetryDelay, BackoffType = DelayBackoffType.Exponential, UseJitter = true });
                pipeline.AddTimeout(o.CallTimeout);
            });
        api.AddHttpMessageHandler<GarminAuthHandler>();
        return services;
    }
}
