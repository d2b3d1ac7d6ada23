using RunnerStrength.Fit.Workouts;
using RunnerStrength.Plans;
using RunnerStrength.Workouts;

namespace RunnerStrength.Web;

/// <summary><c>GET /workouts/{uid}.fit</c>: a planned session as a FIT workout file, behind the page's login.</summary>
internal static class WorkoutEndpoints
{
    public static IEndpointRouteBuilder MapWorkoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/workouts/{uid}.fit", async (string uid, AthleteContextLoader athletes, WorkoutFiles workouts, CancellationToken cancellationToken) =>
        {
            var athlete = await athletes.LoadAsync(cancellationToken);
            if (await workouts.FindAsync(athlete, uid, cancellationToken) is not { } session)
            {
                return Results.Text($"No planned session '{uid}' (a session moved to another week, or dropped, has a new address on the page).", statusCode: StatusCodes.Status404NotFound);
            }

            return Results.File(WorkoutFiles.Encode(session, athlete.Now), "application/vnd.ant.fit", StrengthWorkouts.FileName(session));
        });
        return endpoints;
    }
}
