using Microsoft.Extensions.Options;
using RunnerStrength.Storage;

namespace RunnerStrength.Cli;

internal static class StartedStore
{
    /// <summary>
    /// Validates every option and brings the store up to date, the same steps for the service and
    /// every verb. True when the store was new and has just been seeded. Throws <see cref="OptionsValidationException"/> on bad configuration.
    /// </summary>
    public static async Task<bool> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<IStartupValidator>().Validate();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
    }
}
