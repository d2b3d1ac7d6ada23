using Refit;

namespace RunnerStrength.Strava.Api;

/// <summary>Strava's OAuth token endpoint (<c>Strava:TokenUrl</c>): form posts, not JSON.</summary>
public interface IStravaOAuth
{
    /// <summary>Code exchange (<c>grant_type=authorization_code</c>) or refresh (<c>grant_type=refresh_token</c>).</summary>
    [Post("")]
    Task<StravaToken> TokenAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);
}
