using System.CommandLine;

namespace RunnerStrength.Cli;

/// <summary>Options that every verb accepts.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "The data folder (SQLite file, key ring, FIT inbox); overrides RunnerStrength:DataDirectory",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Print {what} as JSON, one object per line",
    };
}
