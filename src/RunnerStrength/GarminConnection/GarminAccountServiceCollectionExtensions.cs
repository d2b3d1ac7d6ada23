using RunnerStrength.Garmin;
using RunnerStrength.Garmin.Auth;
using RunnerStrength.Storage;

namespace RunnerStrength.GarminConnection;

internal static class GarminAccountServiceCollectionExtensions
{
    /// <summary>
    /// Garmin for this install: the adapter (<see cref="GarminServiceCollectionExtensions.AddGarmin"/>) with the key
    /// and token kept encrypted in the store and secrets revealed with the key ring, plus the connection, status and pull.
    /// </summary>
    public static IServiceCollection AddGarminAccount(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGarmin(configuration, sp => sp.GetRequiredService<SecretProtector>().Reveal);
        services.AddSingleton<IGarminKeyStore, GarminKeyStore>();
        services.AddScoped<GarminConnector>();
        services.AddScoped<GarminStatus>();
        services.AddScoped<GarminSyncPass>();
        return services;
    }
}
