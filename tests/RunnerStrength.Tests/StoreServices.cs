using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Cli;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;

namespace RunnerStrength.Tests;

/// <summary>The options and store of the executable over a real SQLite file in a temporary data folder.</summary>
internal static class StoreServices
{
    public static ServiceProvider Create(string dataDirectory, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?> { ["RunnerStrength:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddRunnerStrengthOptions(configuration).AddStore();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static async Task<ServiceProvider> CreatePreparedAsync(string dataDirectory, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var provider = Create(dataDirectory, settings, time);
        await StartedStore.PrepareAsync(provider, CancellationToken.None);
        return provider;
    }
}
