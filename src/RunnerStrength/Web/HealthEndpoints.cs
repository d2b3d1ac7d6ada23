using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.GarminConnection;
using RunnerStrength.Storage;
using RunnerStrength.StravaConnection;

namespace RunnerStrength.Web;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", GetHealthAsync).AllowAnonymous();
        return endpoints;
    }

    internal static async Task<IResult> GetHealthAsync(
        HttpContext context, RunnerStrengthDbContext db, DataPaths paths, TimeProvider time, GarminStatus garmin, IOptions<WebOptions> web, CancellationToken cancellationToken)
    {
        var database = await CheckDatabaseAsync(db, cancellationToken);
        if (!string.IsNullOrEmpty(web.Value.AdminPassword) && context.User.Identity?.IsAuthenticated != true)
        {
            // Open to monitors, so a stranger learns only whether it is up: no folder, athlete or sync details.
            var status = new { status = database == "ok" ? "healthy" : "unhealthy" };
            return database == "ok" ? TypedResults.Ok(status) : TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var strava = database == "ok" ? await db.StravaConnections.AsNoTracking().FirstOrDefaultAsync(cancellationToken) : null;
        var report = new HealthReport(database == "ok" ? "healthy" : "unhealthy", AppVersion.Current, paths.DataDirectory, database)
        {
            LastSync = strava?.LastSyncAt,
            Strava = database == "ok" ? StravaStatusText.Describe(strava, time) : null,
            Garmin = database == "ok" ? await garmin.DescribeAsync(cancellationToken) : null,
        };
        return database == "ok"
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> CheckDatabaseAsync(RunnerStrengthDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Athletes.AnyAsync(cancellationToken) ? "ok" : "not initialised: no athlete";
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return $"error: {e.Message}";
        }
    }
}
