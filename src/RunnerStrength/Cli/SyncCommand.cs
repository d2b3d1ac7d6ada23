using System.CommandLine;
using RunnerStrength.Importing;
using RunnerStrength.Planning;
using RunnerStrength.Strava;
using RunnerStrength.Strava.Sync;

namespace RunnerStrength.Cli;

/// <summary><c>sync [--full]</c>: one pass now: the FIT inbox, then Strava (with <c>--full</c>, the history too), then a replan if anything is new.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Also backfill the whole Strava history (resumable; stops when the rate limit is spent)" };
        var sync = new Command("sync", "One sync pass now (FIT inbox and Strava)") { full };
        sync.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            await services.GetRequiredService<FitInbox>().ScanAsync(ct);
            var outcome = await services.GetRequiredService<StravaSyncJob>().SyncAsync(result.GetValue(full), ct);
            if (outcome is null)
            {
                Console.WriteLine(StravaStatusText.Describe(await services.GetRequiredService<StravaConnector>().StatusAsync(ct), services.GetRequiredService<TimeProvider>()));
                return ExitCodes.Success;
            }

            if (outcome.New > 0)
            {
                await services.GetRequiredService<ReplanJob>().RunAsync(ct);
            }

            var athlete = await AthleteContext.LoadAsync(services, ct);
            Console.WriteLine($"Strava: {outcome.New} new activities in {outcome.Calls} calls; {StravaSyncJob.Describe(outcome, athlete.Zone)}.");
            return outcome.State is SyncState.UpToDate or SyncState.WaitingForRateLimit ? ExitCodes.Success : ExitCodes.Failure;
        }, cancellationToken));
        return sync;
    }
}
