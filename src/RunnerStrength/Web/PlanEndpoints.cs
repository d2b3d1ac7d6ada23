using System.Globalization;
using RunnerStrength.Cli.Training;
using RunnerStrength.Planning;

namespace RunnerStrength.Web;

/// <summary><c>GET /api/plan?week=YYYY-MM-DD</c>: the plan JSON of ARCHITECTURE.md, the same as <c>plan --json</c>.</summary>
internal static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/plan", async (string? week, AthleteContextLoader athletes, WeekView weeks, CancellationToken cancellationToken) =>
        {
            DateOnly? day = null;
            if (week is not null)
            {
                if (!DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return Results.Text($"week must be a date as YYYY-MM-DD (got '{week}').", statusCode: StatusCodes.Status400BadRequest);
                }

                day = parsed;
            }

            var athlete = await athletes.LoadAsync(cancellationToken);
            var plan = await weeks.PlanOfWeekAsync(athlete, day ?? athlete.Today, cancellationToken);
            return Results.Text(PlanJson.Write(plan), "application/json; charset=utf-8");
        });
        return endpoints;
    }
}
