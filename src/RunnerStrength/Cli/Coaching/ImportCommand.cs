using System.CommandLine;
using System.Globalization;
using RunnerStrength.Cli.FitInspect;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using Spectre.Console;

namespace RunnerStrength.Cli.Coaching;

/// <summary><c>import PATH...</c>: FIT files or folders into the store, each activity once.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "FIT files or folders of them", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Import FIT activity files (a file already imported is skipped)") { paths };
        import.SetAction(async (result, cancellationToken) =>
        {
            var (files, missing) = FitFiles.Expand(result.GetRequiredValue(paths));
            if (missing is not null)
            {
                await Console.Error.WriteLineAsync($"{missing}: no such file or folder.");
                return ExitCodes.Usage;
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
                var importer = services.GetRequiredService<FitFileImporter>();
                var (failures, added, lines, problems) = (0, 0, new List<string>(), new List<string>());
                async Task ImportOneAsync(string file)
                {
                    var outcome = await importer.ImportAsync(await File.ReadAllBytesAsync(file, ct), athlete, ct);
                    if (outcome.Problem is { } problem)
                    {
                        problems.Add(outcome.Imported ? $"{file}: {problem}." : $"{file}: not imported: {problem}.");
                    }

                    failures += outcome.Imported ? 0 : 1;
                    foreach (var (activity, isNew) in outcome.Stored)
                    {
                        added += isNew ? 1 : 0;
                        var distance = activity.DistanceM is { } m ? string.Create(CultureInfo.InvariantCulture, $" {m / 1000:0.0} km") : "";
                        lines.Add($"{file}: {(isNew ? "imported" : "already known")} {activity.Id} {activity.Sport.ToString().ToLowerInvariant()} {activity.LocalStart:yyyy-MM-dd HH:mm}{distance}");
                    }
                }

                // A progress bar on a terminal (on stderr, so stdout keeps one line per activity); plain lines otherwise.
                if (!Console.IsErrorRedirected && files.Count > 1)
                {
                    var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    await terminal.Progress().StartAsync(async progress =>
                    {
                        var task = progress.AddTask("Importing FIT files", maxValue: files.Count);
                        foreach (var file in files)
                        {
                            await ImportOneAsync(file);
                            task.Increment(1);
                        }
                    });
                }
                else
                {
                    foreach (var file in files)
                    {
                        await ImportOneAsync(file);
                    }
                }

                if (added > 0)
                {
                    await services.GetRequiredService<IReplanTrigger>().ReplanAsync(ct);
                }

                problems.ForEach(Console.Error.WriteLine);
                lines.ForEach(Console.WriteLine);
                return failures > 0 ? ExitCodes.Failure : ExitCodes.Success;
            }, cancellationToken);
        });
        return import;
    }
}
