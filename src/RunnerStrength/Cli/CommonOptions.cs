using System.CommandLine;
using RunnerStrength.Training.Dates;

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

    /// <summary>A date option (<c>--week</c>, <c>--expires</c>) as every verb writes it.</summary>
    public static Option<string?> Date(string name, string description) => new(name) { Description = description, HelpName = "YYYY-MM-DD" };

    /// <summary>
    /// The date given to <paramref name="option"/>, or null when none was; when it does not read as a date, the
    /// sentence naming the option goes to stderr and <c>Ok</c> is false (the verb exits with <see cref="ExitCodes.Usage"/>).
    /// </summary>
    public static async Task<(bool Ok, DateOnly? Day)> ReadDateAsync(ParseResult result, Option<string?> option)
    {
        if (result.GetValue(option) is not { } text)
        {
            return (true, null);
        }

        if (IsoDate.TryParse(text, out var day))
        {
            return (true, day);
        }

        await Console.Error.WriteLineAsync($"{option.Name} {IsoDate.Problem(text)}.");
        return (false, null);
    }
}
