using System.CommandLine;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Plans;

namespace RunnerStrength.Cli.Coaching;

/// <summary><c>plan [--week YYYY-MM-DD] [--json] [--push]</c>: the week's strength sessions and why; <c>--push</c> brings the CalDAV calendar up to date too.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var week = CommonOptions.Date("--week", "Any day of the week to plan (default: this week)");
        var json = CommonOptions.Json("the plan");
        var push = new Option<bool>("--push") { Description = "Also push the planned weeks to the CalDAV calendar now" };
        var plan = new Command("plan", "Plan a week's deadlift sessions around the running") { week, json, push };
        plan.SetAction(async (result, cancellationToken) =>
        {
            var (ok, day) = await CommonOptions.ReadDateAsync(result, week);
            if (!ok)
            {
                return ExitCodes.Usage;
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athlete = await services.GetRequiredService<AthleteContextLoader>().LoadAsync(ct);
                var weekPlan = await services.GetRequiredService<WeekView>().PlanOfWeekAsync(athlete, day ?? athlete.Today, ct);
                Console.WriteLine(result.GetValue(json) ? PlanJson.Write(weekPlan) : PlanText.Write(weekPlan));
                return result.GetValue(push) ? await PushAsync(services, athlete, ct) : ExitCodes.Success;
            }, cancellationToken);
        });
        return plan;
    }

    private static async Task<int> PushAsync(IServiceProvider services, AthleteContext athlete, CancellationToken cancellationToken)
    {
        var sync = services.GetRequiredService<CalendarPush.CalendarSync>();
        if (!sync.Enabled)
        {
            await Console.Error.WriteLineAsync($"--push needs a calendar server: set {CalDavOptions.Section}:Url (README, Calendar).");
            return ExitCodes.Usage;
        }

        var report = await sync.ReplanAndPushAsync(athlete, reconcile: false, cancellationToken);
        await Console.Error.WriteLineAsync($"Pushed {report.Delivered} changes to the calendar; {report.Failed} failed.");
        if (report.LastError is { } error)
        {
            await Console.Error.WriteLineAsync(error);
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
