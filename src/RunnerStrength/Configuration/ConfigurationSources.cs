using Microsoft.Extensions.Configuration.Json;

namespace RunnerStrength.Configuration;

internal static class ConfigurationSources
{
    /// <summary>
    /// Adds the embedded defaults (the appsettings.json shipped beside the executable) underneath
    /// everything else, the Settings page's file (<see cref="PageSettingsFile"/>) just above them, and
    /// <c>--data</c> on top, so any working directory gives the same service and the operator's own
    /// configuration wins over the page.
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

        // Where the data folder is decides where the page's file is: --data, or the configuration's DataDirectory
        // (a host's ConfigurationManager reads it as it stands; another builder from a throw-away build,
        // disposed so its file watchers go with it).
        var key = $"{OptionsServiceCollectionExtensions.RootSection}:DataDirectory";
        var data = dataDirectory;
        if (string.IsNullOrWhiteSpace(data) && configuration is IConfiguration current)
        {
            data = current[key];
        }
        else if (string.IsNullOrWhiteSpace(data))
        {
            var probe = configuration.Build();
            data = probe[key];
            (probe as IDisposable)?.Dispose();
        }

        data = string.IsNullOrWhiteSpace(data) ? "data" : data;

        var page = new JsonConfigurationSource { Path = PageSettingsFile.PathIn(data), Optional = true };
        page.ResolveFileProvider();
        configuration.Sources.Insert(1, page);

        if (!string.IsNullOrWhiteSpace(dataDirectory))
        {
            configuration.AddInMemoryCollection([new($"{OptionsServiceCollectionExtensions.RootSection}:DataDirectory", dataDirectory)]);
        }

        return configuration;
    }
}
