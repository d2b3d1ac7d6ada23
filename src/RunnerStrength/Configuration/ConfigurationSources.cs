using Microsoft.Extensions.Configuration.Json;

namespace RunnerStrength.Configuration;

internal static class ConfigurationSources
{
    /// <summary>
    /// Adds the embedded defaults (the appsettings.json shipped beside the executable) underneath
    /// everything else, and <c>--data</c> on top, so any working directory gives the same service.
    /// </summary>
    public static IConfigurationBuilder AddRunnerStrengthSources(this IConfigurationBuilder configuration, string? dataDirectory)
    {
        var embedded = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        };
        embedded.ResolveFileProvider();
        configuration.Sources.Insert(0, embedded);

        if (!string.IsNullOrWhiteSpace(dataDirectory))
        {
            configuration.AddInMemoryCollection([new($"{OptionsServiceCollectionExtensions.RootSection}:DataDirectory", dataDirectory)]);
        }

        return configuration;
    }
}
