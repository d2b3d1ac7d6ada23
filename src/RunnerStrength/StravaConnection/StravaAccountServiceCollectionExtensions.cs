using RunnerStrength.Storage;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Auth;

namespace RunnerStrength.StravaConnection;

internal static class StravaAccountServiceCollectionExtensions
{
    /// <summary>
    /// Strava for this install: the adapter (<see cref="StravaServiceCollectionExtensions.AddStrava"/>) with
    /// tokens kept encrypted in the store and secrets revealed with the key ring, plus the connection,
    /// status and sync built on the store.
    /// </summary>
    public static IServiceCollection AddStravaAccount(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStrava(configuration, sp => sp.GetRequiredService<SecretProtector>().Reveal);
        services.AddSingleton<IStravaTokenStore, StravaTokenStore>();
        services.AddScoped<StravaConnector>();
        services.AddScoped<StravaStatus>();
        services.AddScoped<StravaSyncPass>();
        services.AddSingleton<WebhookAllowance>();
        services.AddScoped<WebhookInbox>();
        return services;
    }
}
