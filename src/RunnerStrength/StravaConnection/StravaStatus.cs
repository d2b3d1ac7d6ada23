using Microsoft.EntityFrameworkCore;
using RunnerStrength.Storage;
using RunnerStrength.Storage.Athletes;
using RunnerStrength.Storage.StravaConnections;

namespace RunnerStrength.StravaConnection;

/// <summary>The Strava connection as stored, read without building any of Strava's HTTP clients (the dashboard's memory).</summary>
internal sealed class StravaStatus(RunnerStrengthDbContext db, AthleteStore athletes, TimeProvider time)
{
    public async Task<StravaConnectionRow?> RowAsync(CancellationToken cancellationToken)
    {
        var athleteId = await athletes.DefaultAthleteIdAsync(cancellationToken);
        return await db.StravaConnections.AsNoTracking().FirstOrDefaultAsync(c => c.AthleteId == athleteId, cancellationToken);
    }

    /// <summary>The state in one line, for <c>strava status</c>, <c>sync</c> and the dashboard.</summary>
    public async Task<string> DescribeAsync(CancellationToken cancellationToken) => StravaStatusText.Describe(await RowAsync(cancellationToken), time);
}
