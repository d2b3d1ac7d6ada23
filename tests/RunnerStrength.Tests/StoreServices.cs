using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.CalendarPush;
using RunnerStrength.Cli;
using RunnerStrength.Configuration;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Storage;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Tests;

/// <summary>The services of a command-line verb over a real SQLite file in a temporary data folder.</summary>
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
        // What a command-line verb composes (the replan runs in line), plus the webhook job the tests call directly.
        services.AddRunnerStrengthOptions(configuration).AddStore().AddPlanning().AddFitInbox().AddStravaAccount(configuration).AddCalendarPush(configuration);
        services.AddScoped<StravaWebhookJob>();
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
