using System.CommandLine;
using RunnerStrength.Fit.Workouts;
using RunnerStrength.Plans;
using RunnerStrength.Training.Dates;
using RunnerStrength.Workouts;

namespace RunnerStrength.Cli;

/// <summary><c>workout export --week YYYY-MM-DD --out DIR</c>: the week's sessions as FIT workout files, one per session.</summary>
internal static class WorkoutCommand
{
    public static Command Create()
    {
        var week = CommonOptions.Date("--week", "Any day of the week (default: this week)");
        var output = new Option<string>("--out") { Description = "The folder to write to (made if missing), e.g. a watch's GARMIN/NewFiles", HelpName = "DIR", Required = true };
        var export = new Command("export", "Write the week's strength sessions as FIT workout files for a Garmin watch") { week, output };
        export.SetAction(async (result, cancellationToken) =>
        {
            // Checked before the store is opened: bad input changes nothing.
            var (ok, day) = await CommonOptions.ReadDateAsync(result, week);
            return !ok ? ExitCodes.Usage : await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), (services, ct) => ExportAsync(services, day, result.GetValue(output)!, ct), cancellationToken);
        });
        return new Command("workout", "Strength sessions as FIT workouts for the watch") { export };
    }

    private static async Task<int> ExportAsync(IServiceProvider services, DateOnly? day, string folder, CancellationToken ct)
    {
        var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
        var sessions = await services.GetRequiredService<WorkoutFiles>().WeekAsync(athlete, day ?? athlete.Today, ct);
        Directory.CreateDirectory(folder);
        foreach (var session in sessions)
        {
            var file = Path.Combine(folder, StrengthWorkouts.FileName(session));
            await File.WriteAllBytesAsync(file, WorkoutFiles.Encode(session, athlete.Now), ct);
            Console.WriteLine($"{file}: {session.Date:ddd yyyy-MM-dd} {session.StartLocal:HH:mm}, {session.Prescription.Summary}");
        }

        Console.WriteLine(sessions.Count == 0
            ? $"No strength session in the week of {Week.MondayOf(day ?? athlete.Today):yyyy-MM-dd}: nothing written."
            : $"Wrote {sessions.Count} workout{(sessions.Count == 1 ? "" : "s")} to {folder}.");
        return ExitCodes.Success;
    }
}
