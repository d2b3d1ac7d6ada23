using System.CommandLine;
using RunnerStrength.Configuration;
using RunnerStrength.Planning;

namespace RunnerStrength.Cli.Training;

/// <summary><c>plan [--week YYYY-MM-DD] [--json]</c>: the week's strength sessions and why.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var week = new Option<string?>("--week") { Description = "Any day of the week to plan (default: this week)", HelpName = "YYYY-MM-DD" };
        var json = CommonOptions.Json("the plan");
        var plan = new Command("plan", "Plan a week's deadlift sessions around the running") { week, json };
        plan.SetAction(async (result, cancellationToken) =>
        {
            DateOnly? day = null;
            if (result.GetValue(week) is { } text)
            {
                if (!RaceInput.TryParseDate(text, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--week must be a date as YYYY-MM-DD (got '{text}').");
                    return ExitCodes.Usage;
                }

                day = parsed;
            }

            return await VerbHost.RunAsync(result.GetValue(CommonOptions.Data), async (services, ct) =>
            {
                var athlete = await AthleteContext.LoadAsync(services, ct);
                var weekPlan = await services.GetRequiredService<WeekView>().PlanOfWeekAsync(athlete, day ?? athlete.Today, ct);
                Console.WriteLine(result.GetValue(json) ? PlanJson.Write(weekPlan) : PlanText.Write(weekPlan));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return plan;
    }
}
