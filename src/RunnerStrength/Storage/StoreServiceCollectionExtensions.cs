using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunnerStrength.Configuration;
using RunnerStrength.Hosting;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Storage.Publishing;
using RunnerStrength.Storage.Races;
using RunnerStrength.Storage.Strength;

namespace RunnerStrength.Storage;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>The store on the configured provider, the seeder, and Data Protection with its key ring in the data folder.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services)
    {
        services.AddSingleton<StoreContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<StoreContextFactory>().Create());
        services.AddScoped<AthleteSeeder>();
        services.AddScoped<StoreInitializer>();
        services.AddScoped<AthleteStore>();
        services.AddScoped<RaceStore>();
        services.AddScoped<ActivityStore>();
        services.AddScoped<FeedStore>();
        services.AddScoped<PublishedEvents>();
        services.AddScoped<AthleteDecisions>();
        services.AddScoped<PlanHistory>();
        services.AddScoped<StrengthLogStore>();
        services.AddSingleton<SecretProtector>();
        services.TryAddSingleton(typeof(Turn<>));

        services.AddDataProtection().SetApplicationName("RunnerStrength");
        services.AddOptions<KeyManagementOptions>().Configure<DataPaths, ILoggerFactory>((keys, paths, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeysDirectory), loggers));
        return services;
    }
}
