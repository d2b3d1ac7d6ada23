namespace RunnerStrength.Strava;

/// <summary>Section <c>RunnerStrength:Strava</c>: the athlete's own Strava API application and how the sync runs. No <c>ClientId</c>: no Strava.</summary>
public sealed class StravaOptions
{
    public const string Section = "RunnerStrength:Strava";

    public string? ClientId { get; set; }

    /// <summary>Plain (from the environment) or the <c>protected:…</c> form of <c>runnerstrength secret protect</c>.</summary>
    public string? ClientSecret { get; set; }

    public string AuthorizeUrl { get; set; } = "https://www.strava.com/oauth/authorize";

    public string TokenUrl { get; set; } = "https://www.strava.com/oauth/token";

    /// <summary>The old way to revoke access (until Strava switches it off in 2027); used when <see cref="RevokeUrl"/> is not there yet.</summary>
    public string DeauthorizeUrl { get; set; } = "https://www.strava.com/oauth/deauthorize";

    /// <summary>Revocation from 2027: HTTP Basic with the app's credentials and <c>token=</c>.</summary>
    public string RevokeUrl { get; set; } = "https://www.strava.com/oauth/revoke";

    /// <summary>The API base until 1 June 2027.</summary>
    public string ApiBaseUrl { get; set; } = "https://www.strava.com/api/v3";

    /// <summary>The API base from 2027 (no <c>/api/v3</c> prefix), used as soon as it answers; empty: the old base only.</summary>
    public string? NextApiBaseUrl { get; set; } = "https://api-v3.strava.com";

    /// <summary>How often new activities are fetched (polling; webhooks add to it). Default every 30 minutes.</summary>
    public string SyncCron { get; set; } = "*/30 * * * *";

    /// <summary>Strava's short rate-limit window (a test double compresses it). Default 15 minutes.</summary>
    public TimeSpan ShortWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Strava's long rate-limit window. Default one day (UTC).</summary>
    public TimeSpan LongWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first retry delay after a 5xx or a timeout (doubling, with jitter). Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one call may take before it counts as failed. Default 30 seconds.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public StravaWebhookOptions Webhook { get; set; } = new();

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);
}
