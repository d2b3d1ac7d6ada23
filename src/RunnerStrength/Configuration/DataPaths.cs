using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

/// <summary>The absolute locations inside the data folder; other paths in settings are relative to it.</summary>
internal sealed class DataPaths(IOptions<DataOptions> data, IOptions<KeyRingOptions> keyRing, IOptions<FitOptions> fit)
{
    public string DataDirectory { get; } = Path.GetFullPath(data.Value.DataDirectory);

    public string DatabaseFile => Path.Combine(DataDirectory, "runnerstrength.db");

    public string KeysDirectory => Resolve(keyRing.Value.KeysDirectory);

    /// <summary>Where FIT files are dropped.</summary>
    public string InboxDirectory => Resolve(fit.Value.InboxDirectory);

    /// <summary>Where imported FIT files are kept, by year and month.</summary>
    public string ArchiveDirectory => Path.Combine(DataDirectory, "archive");

    /// <summary>Where files that could not be imported go, each with a note saying why.</summary>
    public string QuarantineDirectory => Path.Combine(DataDirectory, "quarantine");

    /// <summary>A setting's path: absolute as given, or relative to the data folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, DataDirectory);
}
