using System.CommandLine;
using RunnerStrength.GarminConnection;

namespace RunnerStrength.Cli;

/// <summary><c>garmin connect|status|check</c>: the Personal API key, the pull's state, and a check that this install reads the account.</summary>
internal static class GarminCommand
{
    public static Command Create()
    {
        var expires = CommonOptions.Date("--expires", "The day the key expires, for the warning a week ahead");
        var connect = new Command("connect", "Store a Personal API key read from standard input (encrypted; it need not live in a file)") { expires };
        connect.SetAction(async (result, cancellationToken) =>
        {
            // Checked before the store is opened: bad input changes nothing.
            var (ok, expiry) = await CommonOptions.ReadDateAsync(result, expires);
            return !ok ? ExitCodes.Usage : await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), (services, ct) => ConnectAsync(services, expiry, ct), cancellationToken);
        });

        var status = new Command("status", "Whether Garmin is connected, the last pull, the history's progress and the key's expiry");
        status.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            Console.WriteLine(await services.GetRequiredService<GarminStatus>().DescribeAsync(ct));
            return ExitCodes.Success;
        }, cancellationToken));

        var check = new Command("check", "One key exchange and one small list call, printing what came back");
        check.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            var (works, report) = await services.GetRequiredService<GarminConnector>().CheckAsync(ct);
            Console.Write(report);
            Console.WriteLine(works ? "This install reads your Garmin account." : "This install cannot read your Garmin account yet (see above).");
            return works ? ExitCodes.Success : ExitCodes.Failure;
        }, cancellationToken));

        return new Command("garmin", "Garmin Connect's Personal API: activities without copying files") { connect, status, check };
    }

    private static async Task<int> ConnectAsync(IServiceProvider services, DateOnly? expiry, CancellationToken ct)
    {
        if (!Console.IsInputRedirected)
        {
            Console.WriteLine("Paste the Personal API key from Garmin Connect web (Settings, Personal API Key) and press Enter:");
        }

        var key = (await Console.In.ReadLineAsync(ct))?.Trim();
        if (string.IsNullOrEmpty(key) || key.Any(char.IsWhiteSpace) || key.Any(char.IsControl))
        {
            await Console.Error.WriteLineAsync("No key read: give the Personal API key on one line of standard input, e.g. runnerstrength garmin connect < key.txt.");
            return ExitCodes.Usage;
        }

        await services.GetRequiredService<GarminConnector>().ConnectAsync(key, expiry, ct);
        Console.WriteLine("Garmin key stored (encrypted). The service pulls the last 12 weeks first, then the history; 'runnerstrength garmin check' tries the key now.");
        return ExitCodes.Success;
    }
}
