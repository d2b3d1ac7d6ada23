namespace RunnerStrength.Configuration;

/// <summary>Where RunnerStrength keeps its state. Section <c>RunnerStrength</c>.</summary>
internal sealed class DataOptions
{
    /// <summary>Folder for the SQLite file, key ring and FIT inbox; relative to the working directory. Default <c>data</c>.</summary>
    public string DataDirectory { get; set; } = "data";
}
