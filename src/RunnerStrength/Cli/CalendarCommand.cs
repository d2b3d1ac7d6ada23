using System.CommandLine;
using System.Text;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Cli.Training;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Cli;

/// <summary><c>calendar export [--out FILE.ics]</c>: this week's and the next two weeks' sessions as iCalendar.</summary>
internal static class CalendarCommand
{
    private const int Weeks = 3;

    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE.ics" };
        var export = new Command("export", "Write the coming sessions as an iCalendar file") { output };
        export.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athlete = await AthleteContext.LoadAsync(services, ct);
            var monday = athlete.Today.AddDays(-(((int)athlete.Today.DayOfWeek + 6) % 7));
            var store = services.GetRequiredService<ActivityStore>();
            var activities = await store.BetweenAsync(athlete.AthleteId, athlete.Now.AddYears(-1), athlete.Now.AddDays(7 * Weeks), ct);
            var planner = new Planner();
            var sessions = Enumerable.Range(0, Weeks)
                .SelectMany(w => planner.Plan(new PlanningInput(monday.AddDays(7 * w), athlete.Today, athlete.Profile, athlete.Zone, athlete.Races, activities, [])).Sessions)
                .Select(s => new CalendarEntry(s))
                .ToList();
            var ics = IcsRenderer.Render(sessions, new CalendarRenderOptions(athlete.Profile.TimeZoneId), athlete.Now);
            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, ics, new UTF8Encoding(false), ct);
                Console.WriteLine($"Wrote {sessions.Count} sessions to {file}.");
            }
            else
            {
                Console.Write(ics);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        var calendar = new Command("calendar", "The strength sessions as a calendar") { export };
        return calendar;
    }
}
