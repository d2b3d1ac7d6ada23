using System.CommandLine;
using Microsoft.Extensions.Options;
using RunnerStrength.Calendar.Providers;
using RunnerStrength.CalendarAccounts;
using RunnerStrength.CalendarPush;
using RunnerStrength.Configuration;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Cli;

/// <summary><c>calendar connect|disconnect google|microsoft</c> and <c>calendar status</c>: connecting without a browser on the server.</summary>
internal static class CalendarConnectCommand
{
    public static IEnumerable<Command> Create()
    {
        yield return Connect();
        yield return Disconnect();
        yield return Status();
    }

    private static Argument<string> ProviderArgument() => new Argument<string>("provider") { Description = "google or microsoft" }
        .AcceptOnlyFromAmong([.. CalendarProviderNames.Connectable]);

    private static Command Connect()
    {
        var provider = ProviderArgument();
        var returned = new Option<string?>("--returned") { Description = "The address the browser was sent back to, to finish a connection started earlier", HelpName = "URL" };
        var connect = new Command("connect", "Connect Google Calendar or Outlook: prints the authorize address, then takes the address the browser was sent back to") { provider, returned };
        connect.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var name = result.GetValue(provider)!;
            var connector = services.GetRequiredService<CalendarConnector>();
            var callback = CalendarConnector.Callback(new Uri(services.GetRequiredService<IOptions<WebOptions>>().Value.PublicBaseUrl), name);
            try
            {
                var pasted = result.GetValue(returned);
                if (pasted is null)
                {
                    var authorize = await connector.BeginAsync(name, callback, ct);
                    Console.WriteLine("1. Open this address in a browser where you are signed in, and allow access:");
                    Console.WriteLine($"   {authorize}");
                    Console.WriteLine($"2. The browser then goes to {callback}?...; if this server is not reachable from that browser it shows an error page: that is expected.");
                    Console.WriteLine($"3. Paste that whole address here and press Enter (or later: runnerstrength calendar connect {name} --returned 'ADDRESS'):");
                    pasted = (await Console.In.ReadLineAsync(ct))?.Trim();
                    if (string.IsNullOrEmpty(pasted))
                    {
                        Console.WriteLine($"Nothing pasted: the connection waits 15 minutes for 'calendar connect {name} --returned'.");
                        return ExitCodes.Success;
                    }
                }

                if (!Uri.TryCreate(pasted, UriKind.Absolute, out var url))
                {
                    await Console.Error.WriteLineAsync($"'{pasted}' is not an address: paste the whole address from the browser's address bar.");
                    return ExitCodes.Usage;
                }

                await connector.CompleteAsync(name, url, ct);
                var report = await services.GetRequiredService<CalendarSync>().ReplanAndPushAsync(await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct), reconcile: true, ct);
                var delivered = report.ByProvider.GetValueOrDefault(name);
                Console.WriteLine($"Connected. {delivered?.Delivered ?? 0} sessions delivered to the '{name}' calendar now{(delivered?.LastError is { } error ? $"; not yet all: {error}" : "")}.");
                return ExitCodes.Success;
            }
            catch (CalendarConnectException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.Failure;
            }
        }, cancellationToken));
        return connect;
    }

    private static Command Disconnect()
    {
        var provider = ProviderArgument();
        var disconnect = new Command("disconnect", "Revoke (Google) and delete the tokens; the sessions already there stay in the calendar RunnerStrength made") { provider };
        disconnect.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var name = result.GetValue(provider)!;
            var done = await services.GetRequiredService<CalendarConnector>().DisconnectAsync(name, ct);
            Console.WriteLine(done
                ? $"Disconnected {name}: tokens deleted; nothing more is sent there. The calendar RunnerStrength made stays with its sessions: delete it there if you like."
                : $"{name} was not connected.");
            return ExitCodes.Success;
        }, cancellationToken));
        return disconnect;
    }

    private static Command Status()
    {
        var status = new Command("status", "Each configured calendar: connected or what to do, pending changes, last delivery, next retry");
        status.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var athleteId = await services.GetRequiredService<AthleteStore>().DefaultAthleteIdAsync(ct);
            var states = await services.GetRequiredService<CalendarPushStatus>().ReadAsync(athleteId, ct);
            if (states.Count == 0)
            {
                Console.WriteLine("No calendar is configured: the feed is the only calendar (runnerstrength calendar feed). docs/calendars.md sets up CalDAV, Google Calendar and Outlook.");
            }

            foreach (var state in states)
            {
                Console.WriteLine(state.Describe());
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return status;
    }
}
