using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal static class OptionsServiceCollectionExtensions
{
    public const string RootSection = "RunnerStrength";

    /// <summary>Binds every options class from its section and validates it when the host starts.</summary>
    public static IServiceCollection AddRunnerStrengthOptions(this IServiceCollection services, IConfiguration configuration)
    {
        Bind<DataOptions, DataOptionsValidator>(services, configuration.GetSection(RootSection));
        Bind<KeyRingOptions, DataOptionsValidator>(services, configuration.GetSection(KeyRingOptions.Section));
        Bind<StorageOptions, StorageOptionsValidator>(services, configuration.GetSection(StorageOptions.Section));
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section)).ValidateOnStart();
        // Strava's webhooks make the service reachable from the internet: the web options then need a password.
        var webhooks = bool.TryParse(configuration["RunnerStrength:Strava:Webhook:Enabled"], out var on) && on;
        services.AddSingleton<IValidateOptions<WebOptions>>(new WebOptionsValidator(webhooks));
        Bind<FitOptions, FitOptionsValidator>(services, configuration.GetSection(FitOptions.Section));
        Bind<PlannerOptions, PlannerOptionsValidator>(services, configuration.GetSection(PlannerOptions.Section));
        Bind<SeedOptions, SeedOptionsValidator>(services, configuration.GetSection(RootSection));
        services.AddSingleton<DataPaths>();
        var clock = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        services.AddSingleton(clock.Provider());
        return services;
    }

    private static void Bind<TOptions, TValidator>(IServiceCollection services, IConfigurationSection section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
