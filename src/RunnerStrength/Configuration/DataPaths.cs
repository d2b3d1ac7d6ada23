using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

/// <summary>The absolute locations inside the data folder; other paths in settings are relative to it.</summary>
internal sealed class DataPaths(IOptions<DataOptions> data, IOptions<KeyRingOptions> keyRing)
{
    public string DataDirectory { get; } = Path.GetFullPath(data.Value.DataDirectory);

    public string DatabaseFile => Path.Combine(DataDirectory, "runnerstrength.db");

    public string KeysDirectory => Resolve(keyRing.Value.KeysDirectory);

    /// <summary>A setting's path: absolute as given, or relative to the data folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, DataDirectory);
}
