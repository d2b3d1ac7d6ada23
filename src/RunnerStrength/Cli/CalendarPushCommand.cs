using System.CommandLine;
using RunnerStrength.CalendarPush;
using RunnerStrength.Plans;

namespace RunnerStrength.Cli;

/// <summary><c>calendar push</c>: replan, reconcile with every connected calendar, and deliver every pending change now.</summary>
internal static class CalendarPushCommand
{
    public static Command Create()
    {
        var push = new Command("push", "Bring every connected calendar up to date now (pending changes are sent without waiting for their retry time)");
        push.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var sync = services.GetRequiredService<CalendarSync>();
            if (!sync.Enabled)
            {
                await Console.Error.WriteLineAsync("No calendar is configured: set RunnerStrength:Calendar:CalDav:Url, or the Calendar:Google or Calendar:Microsoft settings and connect (docs/calendars.md).");
                return ExitCodes.Usage;
            }

            var report = await sync.ReplanAndPushAsync(await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct), reconcile: true, ct);
            Console.WriteLine($"Delivered {report.Delivered} changes to the calendars; {report.Failed} failed; {report.AthleteChanges} moved or deleted by hand and kept so.");
            foreach (var (provider, part) in report.ByProvider)
            {
                Console.WriteLine($"  {provider}: {part.Delivered} delivered, {part.Failed} failed{(part.LastError is { } why ? $" ({why})" : "")}.");
            }
            if (report.LastError is { } error)
            {
                await Console.Error.WriteLineAsync(error);
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return push;
    }
}
