using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using RunnerStrength.Cli.Fit;
using RunnerStrength.Fit.Activities;
using RunnerStrength.Planning;
using RunnerStrength.Storage.Activities;

namespace RunnerStrength.Cli.Training;

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
                var athlete = await AthleteContext.LoadAsync(services, ct);
                var store = services.GetRequiredService<ActivityStore>();
                var failures = 0;
                foreach (var file in files)
                {
                    var bytes = await File.ReadAllBytesAsync(file, ct);
                    var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
                    var (activities, decoded) = FitActivityReader.Read(bytes, hash, athlete.Zone);
                    if (activities.Count == 0)
                    {
                        failures++;
                        var problem = decoded.Errors.Count > 0 ? decoded.Errors[0].ToString() : "it holds no activity session";
                        await Console.Error.WriteLineAsync($"{file}: not imported: {problem}.");
                        continue;
                    }

                    if (!decoded.DecodeOk || !decoded.IntegrityOk)
                    {
                        await Console.Error.WriteLineAsync($"{file}: damaged ({decoded.Errors[0]}); what was read before the damage is imported.");
                    }

                    foreach (var activity in activities)
                    {
                        var (_, added) = await store.AddAsync(athlete.AthleteId, activity, ct);
                        var distance = activity.DistanceM is { } m ? string.Create(CultureInfo.InvariantCulture, $" {m / 1000:0.0} km") : "";
                        Console.WriteLine($"{file}: {(added ? "imported" : "already known")} {activity.Id} {activity.Sport.ToString().ToLowerInvariant()} {activity.LocalStart:yyyy-MM-dd HH:mm}{distance}");
                    }
                }

                return failures > 0 ? ExitCodes.Failure : ExitCodes.Success;
            }, cancellationToken);
        });
        return import;
    }
}
