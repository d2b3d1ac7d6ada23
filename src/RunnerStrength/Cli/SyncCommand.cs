using System.CommandLine;
using RunnerStrength.Garmin.Sync;
using RunnerStrength.GarminConnection;
using RunnerStrength.Importing;
using RunnerStrength.Plans;
using RunnerStrength.Strava.Sync;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Cli;

/// <summary><c>sync [--full]</c>: one pass now of every configured source: the FIT inbox, Strava and Garmin (with <c>--full</c>, the histories too), each replanning if it stored something new.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Also fetch the whole Strava and Garmin histories (resumable; stops when a rate limit is spent)" };
        var sync = new Command("sync", "One sync pass now (FIT inbox, Strava, Garmin)") { full };
        sync.SetAction((result, cancellationToken) => VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
        {
            await services.GetRequiredService<FitInbox>().ScanAsync(ct);
            // Each replans in this process when it stored something new; one source failing does not stop the others.
            var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
            var strava = await services.GetRequiredService<StravaSyncPass>().SyncAsync(result.GetValue(full), ct);
            Console.WriteLine(strava is null
                ? await services.GetRequiredService<StravaStatus>().DescribeAsync(ct)
                : $"Strava: {strava.New} new activities in {strava.Calls} calls; {StravaSyncPass.Describe(strava, athlete.Zone)}.");
            var garmin = await services.GetRequiredService<GarminSyncPass>().SyncAsync(result.GetValue(full), ct);
            Console.WriteLine(garmin is null
                ? await services.GetRequiredService<GarminStatus>().DescribeAsync(ct)
                : $"Garmin: {garmin.New} new activities in {garmin.Calls} calls; {GarminSyncPass.Describe(garmin, athlete.Zone)}.");
            var stravaOk = strava is null || strava.State is SyncState.UpToDate or SyncState.WaitingForRateLimit;
            var garminOk = garmin is null || garmin.State is GarminSyncState.UpToDate or GarminSyncState.WaitingForRateLimit;
            return stravaOk && garminOk ? ExitCodes.Success : ExitCodes.Failure;
        }, cancellationToken));
        return sync;
    }
}
