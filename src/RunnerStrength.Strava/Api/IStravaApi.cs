using Refit;

namespace RunnerStrength.Strava.Api;

/// <summary>The Strava API v3 calls RunnerStrength makes (base address <c>Strava:ApiBaseUrl</c>); every call is a read.</summary>
public interface IStravaApi
{
    [Get("/athlete")]
    Task<StravaAthlete> GetAthleteAsync(CancellationToken cancellationToken);

    /// <summary>Activities that started between <paramref name="after"/> and <paramref name="before"/> (epoch seconds), up to 200 a page.</summary>
    [Get("/athlete/activities")]
    Task<List<StravaActivity>> ListActivitiesAsync(long? before, long? after, int page, [AliasAs("per_page")] int perPage, CancellationToken cancellationToken);

    [Get("/activities/{id}")]
    Task<StravaActivity> GetActivityAsync(long id, CancellationToken cancellationToken);

    [Get("/activities/{id}/laps")]
    Task<List<StravaLap>> GetLapsAsync(long id, CancellationToken cancellationToken);
}
