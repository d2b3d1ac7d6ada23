using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Rendering;
using RunnerStrength.Configuration;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Feed;
using RunnerStrength.Training.Dates;

namespace RunnerStrength.Cli;

/// <summary><c>calendar export [--out FILE.ics]</c>, <c>calendar feed [--rotate]</c>, <c>calendar push</c>, <c>connect</c>, <c>disconnect</c> and <c>status</c>.</summary>
internal static class CalendarCommand
{
    private const int Weeks = 3;

    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE.ics" };
        var export = new Command("export", "Write the coming sessions as an iCalendar file") { output };
        export.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            // What calendars were given by the last replan; `plan --push` or any change replans.
            var monday = Week.MondayOf(athlete.Today);
            var sessions = await services.GetRequiredService<SessionWindow>().PublishedAsync(athlete, monday, monday.AddDays(7 * Weeks), ct);
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
        var rotate = new Option<bool>("--rotate") { Description = "Make a new secret address; the old one stops working" };
        var feed = new Command("feed", "Print the address calendar apps subscribe to") { rotate };
        feed.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            var feeds = services.GetRequiredService<FeedStore>();
            var token = result.GetValue(rotate) ? await feeds.RotateAsync(athlete.AthleteId, ct) : await feeds.TokenAsync(athlete.AthleteId, ct);
            var url = new Uri(new Uri(services.GetRequiredService<IOptions<WebOptions>>().Value.PublicBaseUrl), $"/calendar/{token}.ics");
            Console.WriteLine(url);
            Console.WriteLine(new UriBuilder(url) { Scheme = "webcal", Port = url.IsDefaultPort ? -1 : url.Port }.Uri);
            return ExitCodes.Success;
        }, cancellationToken));
        var calendar = new Command("calendar", "The strength sessions as a calendar") { export, feed, CalendarPushCommand.Create() };
        foreach (var command in CalendarConnectCommand.Create())
        {
            calendar.Subcommands.Add(command);
        }

        return calendar;
    }
}
