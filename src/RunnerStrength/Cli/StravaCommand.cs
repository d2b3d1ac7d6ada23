using System.CommandLine;
using RunnerStrength.Strava.Auth;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Cli;

/// <summary><c>strava connect|status|disconnect</c>: connecting without a browser on the server.</summary>
internal static class StravaCommand
{
    public static Command Create()
    {
        var returned = new Option<string?>("--returned") { Description = "The address the browser was sent back to, to finish a connection started earlier", HelpName = "URL" };
        var connect = new Command("connect", "Connect Strava: prints the authorize address, then takes the address the browser was sent back to") { returned };
        connect.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var connector = services.GetRequiredService<StravaConnector>();
            try
            {
                var pasted = result.GetValue(returned);
                if (pasted is null)
                {
                    var authorize = await connector.BeginAsync(StravaConnector.HeadlessRedirect, ct);
                    Console.WriteLine("1. Open this address in a browser where you are logged in to Strava, and approve:");
                    Console.WriteLine($"   {authorize}");
                    Console.WriteLine($"2. The browser then goes to {StravaConnector.HeadlessRedirect}?... and shows an error page: that is expected.");
                    Console.WriteLine("3. Paste that whole address here and press Enter (or later: runnerstrength strava connect --returned 'ADDRESS'):");
                    pasted = (await Console.In.ReadLineAsync(ct))?.Trim();
                    if (string.IsNullOrEmpty(pasted))
                    {
                        Console.WriteLine("Nothing pasted: the connection waits 15 minutes for 'strava connect --returned'.");
                        return ExitCodes.Success;
                    }
                }

                if (!Uri.TryCreate(pasted, UriKind.Absolute, out var url))
                {
                    await Console.Error.WriteLineAsync($"'{pasted}' is not an address: paste the whole address from the browser's address bar.");
                    return ExitCodes.Usage;
                }

                var athlete = await connector.CompleteAsync(url, ct);
                var status = await services.GetRequiredService<StravaStatus>().RowAsync(ct);
                Console.WriteLine($"Connected to Strava{(athlete?.FirstName is { } name ? " as " + name : "")} (athlete {status?.StravaAthleteId}) with {status?.Scopes}. The service fetches the last 12 weeks first, then the history; 'runnerstrength sync' does it now.");
                return ExitCodes.Success;
            }
            catch (StravaConnectException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.Failure;
            }
        }, cancellationToken));

        var status = new Command("status", "Whether Strava is connected, and how far the sync has come");
        status.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            Console.WriteLine(await services.GetRequiredService<StravaStatus>().DescribeAsync(ct));
            return ExitCodes.Success;
        }, cancellationToken));

        var keep = new Option<bool>("--keep-access") { Description = "Do not revoke the tokens at Strava (they are deleted here either way)" };
        var disconnect = new Command("disconnect", "Revoke and delete the Strava tokens and every Strava activity (FIT data, races and the strength log stay)") { keep };
        disconnect.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var deleted = await services.GetRequiredService<StravaConnector>().DisconnectAsync(revoke: !result.GetValue(keep), ct);
            Console.WriteLine($"Disconnected from Strava: tokens deleted, {deleted} Strava activities deleted; FIT data, races and the strength log are kept.");
            return ExitCodes.Success;
        }, cancellationToken));

        return new Command("strava", "The Strava connection") { connect, status, disconnect };
    }
}
