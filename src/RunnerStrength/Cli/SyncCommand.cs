using System.CommandLine;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Strava.Sync;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Cli;

/// <summary><c>sync [--full]</c>: one pass now: the FIT inbox, then Strava (with <c>--full</c>, the history too), each replanning if it stored something new.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Also backfill the whole Strava history (resumable; stops when the rate limit is spent)" };
        var sync = new Command("sync", "One sync pass now (FIT inbox and Strava)") { full };
        sync.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            await services.GetRequiredService<FitInbox>().ScanAsync(ct);
            // Both replan in this process when they stored something new.
            var outcome = await services.GetRequiredService<StravaSyncPass>().SyncAsync(result.GetValue(full), ct);
            if (outcome is null)
            {
                Console.WriteLine(await services.GetRequiredService<StravaStatus>().DescribeAsync(ct));
                return ExitCodes.Success;
            }

            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            Console.WriteLine($"Strava: {outcome.New} new activities in {outcome.Calls} calls; {StravaSyncPass.Describe(outcome, athlete.Zone)}.");
            return outcome.State is SyncState.UpToDate or SyncState.WaitingForRateLimit ? ExitCodes.Success : ExitCodes.Failure;
        }, cancellationToken));
        return sync;
    }
}
