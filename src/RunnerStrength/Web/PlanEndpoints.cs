using RunnerStrength.Cli.Coaching;
using RunnerStrength.Plans;
using RunnerStrength.Training.Dates;

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
                if (!IsoDate.TryParse(week, out var parsed))
                {
                    return Results.Text($"week {IsoDate.Problem(week)}.", statusCode: StatusCodes.Status400BadRequest);
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
