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
        var week = new Option<string?>("--week") { Description = "Any day of the week (default: this week)", HelpName = "YYYY-MM-DD" };
        var output = new Option<string>("--out") { Description = "The folder to write to (made if missing), e.g. a watch's GARMIN/NewFiles", HelpName = "DIR", Required = true };
        var export = new Command("export", "Write the week's strength sessions as FIT workout files for a Garmin watch") { week, output };
        export.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            DateOnly? day = null;
            if (result.GetValue(week) is { } text)
            {
                if (!IsoDate.TryParse(text, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--week {IsoDate.Problem(text)}.");
                    return ExitCodes.Usage;
                }

                day = parsed;
            }

            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            var sessions = await services.GetRequiredService<WorkoutFiles>().WeekAsync(athlete, day ?? athlete.Today, ct);
            var folder = result.GetValue(output)!;
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
        }, cancellationToken));
        return new Command("workout", "Strength sessions as FIT workouts for the watch") { export };
    }
}
