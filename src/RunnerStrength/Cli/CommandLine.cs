using System.CommandLine;
using RunnerStrength.Cli.Coaching;
using RunnerStrength.Cli.FitInspect;

namespace RunnerStrength.Cli;

/// <summary>The verbs of ARCHITECTURE.md that this build has; <c>serve</c> is the default.</summary>
internal static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("RunnerStrength: plans deadlift sessions around your running")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(RaceCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(CalendarCommand.Create());
        root.Subcommands.Add(FitCommand.Create());
        root.Subcommands.Add(SecretCommand.Create());
        root.Subcommands.Add(StravaCommand.Create());
        root.Subcommands.Add(SyncCommand.Create());
        root.Subcommands.Add(GarminCommand.Create());
        root.Subcommands.Add(WorkoutCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        foreach (var command in BackupCommand.Create())
        {
            root.Subcommands.Add(command);
        }

        root.SetAction((result, _) => ServeCommand.RunAsync(result));
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var result = Create().Parse(args);
        // Only the service takes host settings (--Key=value); for every other verb they are mistakes.
        var serving = result.CommandResult.Command is RootCommand || result.CommandResult.Command.Name == "serve";
        var stray = result.UnmatchedTokens.Where(t => !serving || !ServeCommand.IsHostSetting(t)).ToList();
        if (result.Errors.Count > 0 || stray.Count > 0)
        {
            var problem = result.Errors.Count > 0 ? result.Errors[0].Message : $"Unrecognized argument '{stray[0]}'.";
            await Console.Error.WriteLineAsync($"{problem} See 'runnerstrength --help'.");
            return ExitCodes.Usage;
        }

        // The host handles SIGTERM and Ctrl+C itself and exits 0 after a clean stop; System.CommandLine
        // would otherwise end the process with 143 while the host is still shutting down.
        return await result.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
